import type { CurrentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  /** Key under "nav" in messages. */
  label: string;
  permission?: Permission;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

/** The whole menu; each user sees only the items their role's permissions allow. */
const navigation: NavGroup[] = [
  { label: "home", items: [{ href: "/", label: "home" }] },
  {
    label: "conferences",
    items: [
      { href: "/conferences", label: "conferences", permission: "conferences.view" },
      { href: "/schedule", label: "schedule", permission: "conferences.view" },
      { href: "/documents", label: "documents", permission: "documents.view" },
    ],
  },
  {
    label: "followUp",
    items: [
      { href: "/directives", label: "directives", permission: "directives.view" },
      { href: "/tasks", label: "tasks", permission: "directives.view" },
      { href: "/tasks/overview", label: "taskOverview", permission: "directives.view" },
      { href: "/legal-documents", label: "legalDocuments", permission: "directives.view" },
    ],
  },
  {
    label: "indicators",
    items: [
      { href: "/reports", label: "reports", permission: "indicators.view" },
      { href: "/indicators", label: "indicatorCatalogue", permission: "indicators.view" },
    ],
  },
  {
    label: "directory",
    items: [
      { href: "/directory/agencies", label: "agencies", permission: "directory.view" },
      { href: "/directory/people", label: "people", permission: "directory.view" },
    ],
  },
  {
    label: "admin",
    items: [
      { href: "/admin/users", label: "users", permission: "users.manage" },
      { href: "/admin/audit", label: "audit", permission: "audit.view" },
      { href: "/admin/deleted-conferences", label: "deletedConferences", permission: "conferences.restore" },
    ],
  },
];

export function navigationFor(user: CurrentUser): NavGroup[] {
  return navigation
    .map((group) => ({ ...group, items: group.items.filter((item) => !item.permission || can(user, item.permission)) }))
    .filter((group) => group.items.length > 0);
}
