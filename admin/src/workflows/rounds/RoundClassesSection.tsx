import { Link, useCreatePath, useTranslate } from 'react-admin';
import type { Round } from '../../data/domain/round-actions';
import { ResponsiveTable, Section } from '../../ui';

/**
 * 摇号班级 of a round over several classes: each class with the label the notice and the choices name it by,
 * its share of the places, and after the draw the places drawn in it.
 */
export const RoundClassesSection = ({ round }: { round: Round }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const t = (k: string) => translate(`linli.round_classes.${k}`);
  return (
    <Section title={t('title')} testId="round-classes">
      <ResponsiveTable
        rows={round.classes}
        rowKey={(c) => c.label}
        rowTestId="round-class-row"
        columns={[
          { key: 'label', label: t('label'), render: (c) => c.label },
          {
            key: 'class',
            role: 'title',
            label: t('class'),
            render: (c) => (
              <Link to={createPath({ resource: 'ServiceClass', id: c.classId, type: 'show' })}>{c.className}</Link>
            ),
          },
          { key: 'places', align: 'right', label: t('places'), render: (c) => c.places },
          { key: 'drawn', align: 'right', label: t('places_drawn'), render: (c) => c.placesDrawn ?? '—' },
        ]}
      />
    </Section>
  );
};
