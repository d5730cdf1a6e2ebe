import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login sx={{ background: 'linear-gradient(135deg, #8c1d18 0%, #b3261e 55%, #e8a33d 100%)' }}>
      <Box sx={{ px: 2, pt: 1, textAlign: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
          {translate('linli.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('linli.login.subtitle')}
        </Typography>
      </Box>
      <LoginForm />
    </Login>
  );
};
