export * from './class-validators';
export * from './credit-code';
export * from './dates';
export * from './id-number';
export * from './phone';
