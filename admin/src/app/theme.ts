import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme in the colours of the unions' materials, with CJK fonts first. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { primary: { main: '#b3261e' }, secondary: { main: '#8c1d18' } },
  components: {
    ...defaultTheme.components,
    // A long page title ends with an ellipsis before the language button, not under it (phones).
    RaAppBar: { styleOverrides: { root: { '& #react-admin-title': { minWidth: 0, marginRight: 8 } } } },
  },
  typography: {
    fontFamily: ['system-ui', '"Noto Sans CJK SC"', '"PingFang SC"', '"Microsoft YaHei"', 'sans-serif'].join(','),
  },
};
