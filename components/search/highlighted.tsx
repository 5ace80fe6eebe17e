import { highlightParts, type ParsedSearch } from "@/lib/search/query";

/** The text with the searched words in <mark>; React escapes every part, so user text stays text. */
export function Highlighted({ text, search }: { text: string; search: ParsedSearch }) {
  return (
    <>
      {highlightParts(text, search).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
