// The workspace menu. An item shows only to roles whose permission allows it; pages add
// themselves here with one line.
import type { Permission } from '../domain/permissions';

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/wg', label: 'Overview', permission: 'view:workspace' },
  { href: '/wg/cases', label: 'Cases', permission: 'list:case' },
  { href: '/wg/publications', label: 'Publications', permission: 'publish:release' },
  { href: '/wg/documents', label: 'Documentation', permission: 'publish:release' },
  { href: '/wg/community', label: 'Community', permission: 'triage:community' },
  { href: '/wg/public-texts', label: 'Public text review', permission: 'review:public_text' },
  { href: '/wg/document-approvals', label: 'Code of conduct changes', permission: 'approve:document' },
  { href: '/wg/people', label: 'Identity key', permission: 'read:identity' },
  { href: '/wg/attendee-checks', label: 'Attendee checks', permission: 'check:attendees' },
  { href: '/wg/attendee-checks/disclosures', label: 'Check disclosures', permission: 'read:disclosures' },
  { href: '/wg/access-requests', label: 'Records access', permission: 'create:access_request' },
  { href: '/wg/access-requests/review', label: 'Records access', permission: 'decide:access_request' },
  { href: '/wg/conflicts', label: 'Conflicts of interest', permission: 'declare:conflicts' },
  { href: '/wg/retention', label: 'Retention', permission: 'expunge:case' },
  { href: '/wg/templates', label: 'Reporter templates', permission: 'manage:templates' },
  { href: '/wg/board', label: 'Board', permission: 'view:board' },
  { href: '/wg/information-requests', label: 'Board requests', permission: 'answer:information_request' },
  { href: '/wg/members', label: 'Members', permission: 'manage:member' },
  { href: '/wg/audit', label: 'Audit trail', permission: 'read:audit' },
  { href: '/wg/grants', label: 'Approvals', permission: 'approve:grant' },
  { href: '/wg/account', label: 'Your account', permission: 'view:workspace' },
];
