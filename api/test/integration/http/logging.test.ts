import { LoggingCreatesBeneficiaryDocument, LoggingCreatesOrganizationDocument } from '../../generated/operations';
import { sampleIdNumber } from '../../support/fixtures';
import { useTestApp } from '../../support/use-app';

const { app } = useTestApp({ captureLogs: true });

describe('logs never hold names, ID numbers or phone numbers', () => {
  it('logs requests and failures with a request id and none of the personal values involved', async () => {
    const name = '欧阳测试名';
    const idNumber = sampleIdNumber(321);
    const phone = '13912345678';
    const org = await app.ok(LoggingCreatesOrganizationDocument);
    const PERSON = LoggingCreatesBeneficiaryDocument;
    const data = {
      name,
      gender: 'MALE' as const,
      birthDate: '1988-03-15',
      idNumber,
      phone,
      registeredById: org.createOrganization.id,
    };
    await app.ok(PERSON, { data });
    // A duplicate (constraint violation) and a database failure mid-request: both logged.
    await app.gql(PERSON, { data });
    await app.sql('alter table beneficiary rename to beneficiary_gone');
    try {
      const res = await app.gql(PERSON, { data: { ...data, idNumber: sampleIdNumber(322) } });
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.sql('alter table beneficiary_gone rename to beneficiary');
    }
    const text = app.logs.join('\n');
    expect(text).toContain('unexpected error');
    expect(text).toContain('"operationName"');
    for (const value of [name, idNumber, phone, idNumber.slice(0, 14), '1391234']) expect(text).not.toContain(value);
    // Each line names its request once (the request's logger binds the id; a second key would be ambiguous).
    const requestLines = app.logs.filter((l) => l.includes('"requestId"'));
    expect(requestLines.length).toBeGreaterThan(2);
    for (const l of requestLines) expect(l.split('"requestId"').length).toBe(2);
  });
});
