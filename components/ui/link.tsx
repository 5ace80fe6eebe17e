import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching. Next prefetches every link that scrolls into view: a list
 * page sent 40–60 requests to the server after loading (the menu, and every row), each a
 * render of the linked route, and cost the server ten times the page itself (584 ms of CPU
 * per page view against about 60 ms for its HTML, measured in Chromium on the benchmark data),
 * for pages the user mostly never opens. Every page here is rendered per request, so a
 * prefetch saves little: the click fetches the page, and navigation stays client-side.
 * Pass prefetch explicitly where a link is almost always followed.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
