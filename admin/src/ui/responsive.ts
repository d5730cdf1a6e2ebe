import { useMediaQuery, type Theme } from '@mui/material';

/** A phone-sized screen (under 600 px wide): daily screens show cards instead of wide tables. */
export const usePhone = (): boolean => useMediaQuery((t: Theme) => t.breakpoints.down('sm'), { noSsr: true });
