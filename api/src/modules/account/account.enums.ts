/** Defined beside the principal (common/principal.ts): the shared machinery checks roles. */
export { UserRole } from '../../common/principal';
