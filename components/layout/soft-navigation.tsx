"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * What next/link does for one link, done once for the page: a plain left click on a link
 * to another page of the app becomes a client-side navigation (the server renders only the
 * new page's RSC data, the header and scroll state are kept). Everything else is left to
 * the browser: a click with a modifier key or another button (new tab, new window), a link
 * that opens elsewhere or downloads, a link to another site or to a file or API route, and
 * a jump within the same page. Links render as plain <a> (components/ui/link.tsx), so they
 * work the same without JavaScript.
 */
export function SoftNavigation() {
  const router = useRouter();
  useEffect(() => {
    // On window, so it runs after React's own handlers (attached to the document): a
    // handler that prevented the default (a confirm step, a form's button) wins.
    function onClick(event: MouseEvent) {
      const href = softNavigationTarget(event);
      if (href === null) return;
      event.preventDefault();
      router.push(href);
    }
    window.addEventListener("click", onClick);
    return () => window.removeEventListener("click", onClick);
  }, [router]);
  return null;
}

/** Paths answered by route handlers (files, feeds, redirects), not by pages. */
const NOT_A_PAGE = /^\/(api|_next)\//;

/** The path to navigate to client-side, or null to leave the click to the browser. */
function softNavigationTarget(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest("a") : null;
  if (!(anchor instanceof HTMLAnchorElement) || !anchor.hasAttribute("href")) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href);
  const here = window.location;
  if (url.origin !== here.origin || NOT_A_PAGE.test(url.pathname)) return null;
  // "#main" and other anchors within the page: the browser scrolls and moves the focus.
  if (url.pathname === here.pathname && url.search === here.search && url.hash !== "") return null;
  return url.pathname + url.search + url.hash;
}
