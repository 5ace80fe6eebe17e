"use client";

import { matchesSearch, parseSearch } from "@/lib/search/query";
import { useActionState, useMemo, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Tag } from "@/components/ui/tag";
import { checkInAction, leaveAction, undoCheckInAction } from "@/lib/attendance/actions";
import { idleFormState } from "@/lib/form-state";

export interface CheckInRow {
  invitationId: number;
  attendanceId: number | null;
  name: string;
  detail: string;
  /** Folded (no diacritics, lower case) names to match the search against. */
  searchText: string;
  checkedInLabel: string | null;
  late: boolean;
  leftLabel: string | null;
  leftEarly: boolean;
}

export interface CheckInLabels {
  search: string;
  searchHint: string;
  checkIn: string;
  checkingIn: string;
  late: string;
  leftEarly: string;
  leave: string;
  undo: string;
  notInvited: string;
  addWalkIn: string;
  count: string;
}


/**
 * Check-in on a phone: typing filters the list already on the page (no request per
 * keystroke); each person is one large button, one server action per tap.
 */
export function CheckInList({ conferenceId, rows, labels, walkInHref }: { conferenceId: number; rows: CheckInRow[]; labels: CheckInLabels; walkInHref: string }) {
  const [query, setQuery] = useState("");
  const search = useMemo(() => parseSearch(query), [query]);
  const shown = useMemo(() => (search ? rows.filter((row) => matchesSearch(search, row.searchText)) : rows), [rows, search]);
  return (
    <div>
      <label htmlFor="check-in-search" className="block font-semibold text-slate-900">
        {labels.search}
      </label>
      <p id="check-in-search-hint" className="text-sm text-slate-600">
        {labels.searchHint}
      </p>
      <input
        id="check-in-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
        aria-describedby="check-in-search-hint"
        aria-controls="check-in-results"
        className="mt-1 block w-full max-w-2xl rounded border-2 border-slate-600 bg-white px-3 py-3 text-lg"
      />
      <p className="mt-2 text-sm text-slate-700" aria-live="polite">
        {labels.count.replace("{shown}", String(shown.length)).replace("{total}", String(rows.length))}
      </p>
      {shown.length === 0 ? (
        <div className="mt-3 rounded border border-slate-300 bg-white p-4">
          <p className="font-semibold">{labels.notInvited}</p>
          <a href={`${walkInHref}&name=${encodeURIComponent(query)}#walk-in`} className={`${buttonClass("secondary")} mt-3`}>
            {labels.addWalkIn}
          </a>
        </div>
      ) : null}
      <ul id="check-in-results" className="mt-3 space-y-2">
        {shown.map((row) => (
          <CheckInItem key={row.invitationId} conferenceId={conferenceId} row={row} labels={labels} />
        ))}
      </ul>
    </div>
  );
}

function CheckInItem({ conferenceId, row, labels }: { conferenceId: number; row: CheckInRow; labels: CheckInLabels }) {
  const [checkInState, checkIn, checkingIn] = useActionState(checkInAction, idleFormState);
  const [leaveState, leave, leaving] = useActionState(leaveAction, idleFormState);
  const [undoState, undo, undoing] = useActionState(undoCheckInAction, idleFormState);
  const error = [checkInState, leaveState, undoState].find((state) => state.status === "error");
  return (
    <li className="rounded border border-slate-300 bg-white p-3">
      {row.attendanceId === null ? (
        <form action={checkIn}>
          <input type="hidden" name="conferenceId" value={conferenceId} />
          <input type="hidden" name="invitationId" value={row.invitationId} />
          <button type="submit" disabled={checkingIn} className="block min-h-14 w-full rounded border-2 border-brand-600 bg-brand-50 px-4 py-3 text-left hover:bg-brand-100">
            <span className="block text-lg font-semibold text-slate-900">{row.name}</span>
            {row.detail ? <span className="block text-sm text-slate-700">{row.detail}</span> : null}
            <span className="mt-1 block font-semibold text-brand-700">{checkingIn ? labels.checkingIn : labels.checkIn}</span>
          </button>
        </form>
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-lg font-semibold text-slate-900">{row.name}</p>
            {row.detail ? <p className="text-sm text-slate-700">{row.detail}</p> : null}
            <p className="mt-1 flex flex-wrap items-center gap-2 text-green-900">
              <span className="font-semibold">{row.checkedInLabel}</span>
              {row.late ? <Tag tone="yellow">{labels.late}</Tag> : null}
              {row.leftLabel ? <span className="text-slate-800">{row.leftLabel}</span> : null}
              {row.leftEarly ? <Tag tone="yellow">{labels.leftEarly}</Tag> : null}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            {row.leftLabel === null ? (
              <form action={leave}>
                <input type="hidden" name="conferenceId" value={conferenceId} />
                <input type="hidden" name="attendanceId" value={row.attendanceId} />
                <button type="submit" disabled={leaving} className={buttonClass("secondary")}>
                  {labels.leave}
                </button>
              </form>
            ) : null}
            <form action={undo}>
              <input type="hidden" name="conferenceId" value={conferenceId} />
              <input type="hidden" name="attendanceId" value={row.attendanceId} />
              <button type="submit" disabled={undoing} className={buttonClass("ghost")}>
                {labels.undo}
              </button>
            </form>
          </div>
        </div>
      )}
      {error && error.status === "error" ? (
        <p role="status" className="mt-2 text-sm font-semibold text-danger-600">
          {error.message}
        </p>
      ) : null}
    </li>
  );
}
