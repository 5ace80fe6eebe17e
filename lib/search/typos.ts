import { type SQL, sql } from "drizzle-orm";

/*
 * One typo in a longer word: a searched word that no word in use begins with also matches the
 * words in use one edit away ("kiemm" → "kiem", "truyenn" → "truyen"). Done inside the statement
 * (search_words, its trigram index and levenshtein() from fuzzystrmatch), so every list's filter
 * gets it from the same SQL fragment, with no extra round trip.
 */

const MAX_CORRECTIONS = 5;

/**
 * The known words one edit from `word` (or whose beginning is), as a tsquery "a | b", or an empty
 * tsquery when the word is known as it is (some word begins with it) or nothing is close.
 */
export function correctionsQuery(word: string): SQL {
  return sql`coalesce((
    select to_tsquery('simple', string_agg(close.word, ' | '))
    from (
      select search_words.word from search_words
      where search_words.word % ${word}
        and (levenshtein(search_words.word, ${word}) <= 1 or levenshtein(left(search_words.word, ${word.length}), ${word}) <= 1)
      order by levenshtein(search_words.word, ${word}), search_words.word
      limit ${MAX_CORRECTIONS}
    ) as close
    where not exists (select 1 from search_words where search_words.word like ${`${word}%`})
  ), ''::tsquery)`;
}
