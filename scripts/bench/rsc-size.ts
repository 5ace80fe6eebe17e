/*
 * The page's RSC data as Next writes it into the HTML: `self.__next_f.push([1,"…"])` scripts,
 * each a JSON array holding one chunk of the data. Next builds each script's text with
 * JSON.stringify and a regex replace of < > & (htmlEscapeJsonString). On Node 20 a page in
 * Vietnamese makes these two-byte strings, and one over 65 535 characters is a string over
 * 128 KB, which V8 allocates in its large-object space: building the script then cost 1–2 ms
 * instead of 0,2–0,4 ms (measured on a 200-row report's 68 000 characters and on prefixes of
 * it: the cost jumps between 57 000 and 57 500 characters of data, 64 919 and 65 487 of JSON).
 */

/** Past this many characters a chunk's script text is a large object (see above). */
export const RSC_CHUNK_LIMIT = 65_535;

/** The length of the longest inlined RSC chunk's JSON in the page's HTML (0 without any). */
export function largestRscChunk(html: string): number {
  let largest = 0;
  for (const match of html.matchAll(/self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g)) largest = Math.max(largest, match[1].length);
  return largest;
}
