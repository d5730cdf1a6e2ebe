declare module 'jsonexport/dist' {
  const jsonExport: (rows: object[], callback: (err: unknown, csv: string) => void) => void;
  export default jsonExport;
}
