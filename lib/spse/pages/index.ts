/** Every built-in SPSE page file, in recognition order. Validated by lib/spse/routes. */
import type { PageDefInput } from '../routes';
import { adminAgencyForm } from './admin-agency-form';
import { adminAgencyList } from './admin-agency-list';
import { auditorForm } from './auditor-form';
import { auditorList } from './auditor-list';
import { helpdeskForm } from './helpdesk-form';
import { helpdeskList } from './helpdesk-list';
import { home } from './home';
import { login } from './login';
import { pegawaiForm } from './pegawai-form';
import { pegawaiList } from './pegawai-list';
import { penyediaVerificationDetail } from './penyedia-verification-detail';
import { penyediaVerificationList } from './penyedia-verification-list';
import { roleAccessApproval } from './role-access-approval';
import { verifikatorForm } from './verifikator-form';
import { verifikatorList } from './verifikator-list';

export const PAGES: PageDefInput[] = [
  login,
  home,
  adminAgencyList,
  adminAgencyForm,
  verifikatorList,
  verifikatorForm,
  helpdeskList,
  helpdeskForm,
  auditorList,
  auditorForm,
  pegawaiList,
  pegawaiForm,
  penyediaVerificationList,
  penyediaVerificationDetail,
  roleAccessApproval,
];
