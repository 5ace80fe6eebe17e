import type { ComponentProps } from "react";

/**
 * A link inside the app: a plain <a>. The page stays a server render with no client
 * component per link, and components/layout/soft-navigation.tsx turns a plain click on it
 * into a client-side navigation, as next/link would.
 *
 * next/link is a client component with hooks, refs and a context provider per link. On a
 * conference's page (about 130 links: the menu twice, the tabs, every task of its two
 * boards) that cost the server up to a tenth of its CPU per request (a paired A/B whose
 * tool later proved to favour its second server by 5–10 %, so likely less); a page with few
 * links besides the menu showed no difference. It prefetched nothing here
 * anyway: prefetching every link in view cost the server ten times the page itself.
 */
export default function Link(props: ComponentProps<"a"> & { href: string }) {
  return <a {...props} />;
}
