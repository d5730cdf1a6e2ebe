import CasinoIcon from '@mui/icons-material/Casino';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useAccess } from '../../app/access';
import { OpenRoundDialog } from './OpenRoundDialog';

/**
 * 发起摇号 on a class's page, for users who may write the class, while it takes people: the API refuses a
 * round on a class that is not open (班级不在招生中), so the button is not offered then.
 */
export const OpenRoundButton = ({ variant }: { variant?: 'contained' }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const access = useAccess('ServiceClass');
  const [open, setOpen] = useState(false);
  if (!record || !access.update || record.status !== 'OPEN') return null;
  return (
    <>
      <Button label={translate('linli.round.open_button')} variant={variant} onClick={() => setOpen(true)}>
        <CasinoIcon />
      </Button>
      <OpenRoundDialog
        cls={{ id: String(record.id), name: String(record.name ?? ''), projectId: record.projectId as string }}
        open={open}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
