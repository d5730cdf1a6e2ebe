import { defineLabels } from '../../common/enums';

/**
 * The privacy notices a consent can refer to, with the words the console shows for them (告知书版本): a
 * consent records the code of the notice the guardian was given.
 */
export const ConsentNotice = defineLabels('ConsentNotice', {
  v1: ['个人信息告知书（第1版）', 'Privacy notice, version 1'],
  'roster-paper-v1': ['纸质名单书面同意（第1版）', 'Written consent on a paper roster, version 1'],
});
