import {
  ServiceClassNamesByProjectNameDocument,
  ServiceClassNamesDescendingDocument,
} from '../../generated/operations';
import { useWorld } from '../../support/use-app';
import { create, sampleInput } from '../../support/fixtures';

const { app, world } = useWorld();

describe('sorting text the way Chinese users expect', () => {
  it('orders names by pinyin, also when the filter joins another table with a name column', async () => {
    for (const name of ['张家班', '安宁班', '北京班', '重庆班']) {
      await create(app, 'ServiceClass', { ...sampleInput('ServiceClass', world), name });
    }
    const res = await app.ok(ServiceClassNamesByProjectNameDocument, { p: '暑期' });
    const ours = res.serviceClasses.map((c) => c.name).filter((n) => n.endsWith('班') && n.length === 3);
    // 安 (an) < 北 (bei) < 重 (chong) < 张 (zhang); code point order would be 北 < 安 < 张 < 重.
    expect(ours).toEqual(['安宁班', '北京班', '重庆班', '张家班']);
    const desc = await app.ok(ServiceClassNamesDescendingDocument);
    expect(desc.serviceClasses.map((c) => c.name).filter((n) => ours.includes(n))).toEqual([...ours].reverse());
  });
});
