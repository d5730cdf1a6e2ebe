import { MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../data/data-provider';
import { RecordPicker, useFormat } from '../../ui';

/**
 * The fields 报名 and 摇号报名 share: the person picked by name, for a child the applicant among their
 * guardians, and the days booked with the fee they come to. Each dialog keeps its own state and its
 * own rules around them (enroll's attempt key, a round's choices).
 */
export interface Person {
  id: string;
  name?: string | null;
  birthDate?: string | null;
}

/** A child applies through a guardian: the primary one unless another is chosen. */
export function useApplicant(person: Person | null, chosen: string) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: guardians = [] } = useQuery({
    queryKey: ['guardians', person?.id],
    queryFn: () => dataProvider.guardiansOf(person!.id),
    enabled: Boolean(person),
  });
  const applicant = chosen || guardians.find((g) => g.isPrimary)?.guardianId || guardians[0]?.guardianId || '';
  return { guardians, applicant };
}

type Guardians = ReturnType<typeof useApplicant>['guardians'];

export const PersonApplicantFields = ({
  person,
  onPerson,
  guardians,
  applicant,
  onApplicant,
  errors,
}: {
  person: Person | null;
  onPerson: (p: Person | null) => void;
  guardians: Guardians;
  applicant: string;
  onApplicant: (id: string) => void;
  errors: Record<string, string>;
}) => {
  const translate = useTranslate();
  const f = useFormat();
  return (
    <>
      <RecordPicker<Person>
        resource="Beneficiary"
        name="beneficiaryId"
        label={translate('linli.enroll.person')}
        value={person}
        onChange={onPerson}
        optionText={(p) => (p.birthDate ? `${p.name ?? ''}（${f.date(p.birthDate)}）` : String(p.name ?? ''))}
        helperText={translate('linli.enroll.person_help')}
      />
      {errors.beneficiaryId && (
        <Typography variant="caption" color="error" data-testid="beneficiaryId-error">
          {errors.beneficiaryId}
        </Typography>
      )}
      {person && guardians.length > 0 && (
        <TextField
          select
          fullWidth
          margin="dense"
          name="applicantId"
          label={translate('linli.enroll.applicant')}
          value={applicant}
          onChange={(e) => onApplicant(e.target.value)}
          error={Boolean(errors.applicantId)}
          helperText={errors.applicantId ?? translate('linli.enroll.applicant_help')}
        >
          {guardians.map((g) => (
            <MenuItem key={g.guardianId} value={g.guardianId}>
              {g.guardian?.name ?? '—'}（{translate(`enums.GuardianRelation.${g.relation}`)}）
            </MenuItem>
          ))}
        </TextField>
      )}
    </>
  );
};

/** 预约天数: 1 to the most the class allows, with the fee they come to at the class's daily fee. */
export const DaysField = ({
  days,
  onDays,
  most,
  feePerDayFen,
  error,
}: {
  days: number;
  onDays: (days: number) => void;
  most: number;
  feePerDayFen?: number | null;
  error?: string;
}) => {
  const translate = useTranslate();
  const f = useFormat();
  return (
    <TextField
      fullWidth
      margin="dense"
      type="number"
      name="days"
      label={translate('linli.enroll.days')}
      value={days}
      onChange={(e) => onDays(Number(e.target.value))}
      error={Boolean(error)}
      helperText={
        error ?? translate('linli.enroll.days_help', { most, fee: f.money((feePerDayFen ?? 0) * (days || 0)) })
      }
      slotProps={{ htmlInput: { min: 1, max: most } }}
    />
  );
};
