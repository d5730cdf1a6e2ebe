import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AssignmentIcon from '@mui/icons-material/Assignment';
import BadgeIcon from '@mui/icons-material/Badge';
import ChecklistIcon from '@mui/icons-material/Checklist';
import ClassIcon from '@mui/icons-material/Class';
import EventIcon from '@mui/icons-material/Event';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import GroupsIcon from '@mui/icons-material/Groups';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HistoryIcon from '@mui/icons-material/History';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import KeyIcon from '@mui/icons-material/Key';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import PaymentsIcon from '@mui/icons-material/Payments';
import PersonIcon from '@mui/icons-material/Person';
import PlaceIcon from '@mui/icons-material/Place';
import RateReviewIcon from '@mui/icons-material/RateReview';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import type { ComponentType } from 'react';

/** Menu icons by resource (hand-picked; a resource without one gets react-admin's default). */
export const icons: Record<string, ComponentType> = {
  Organization: AccountTreeIcon,
  SocialGroup: VolunteerActivismIcon,
  Partnership: HandshakeIcon,
  Venue: PlaceIcon,
  ServiceProject: WorkspacesIcon,
  ProjectPartner: GroupsIcon,
  ApprovalStep: TaskAltIcon,
  SubsidyPolicy: PaymentsIcon,
  ServiceClass: ClassIcon,
  ClassSession: EventIcon,
  Beneficiary: PersonIcon,
  Guardianship: FamilyRestroomIcon,
  Consent: FactCheckIcon,
  Enrollment: HowToRegIcon,
  Attendance: ChecklistIcon,
  ServiceRecord: SupportAgentIcon,
  NeedRequest: AssignmentIcon,
  Evaluation: RateReviewIcon,
  User: ManageAccountsIcon,
  ApiKey: KeyIcon,
  AuditEvent: HistoryIcon,
  _badge: BadgeIcon,
};
