import type { ReactNode } from "react";

export function PageHeader({ title, intro, actions, back }: { title: string; intro?: ReactNode; actions?: ReactNode; back?: ReactNode }) {
  return (
    <header className="mb-6">
      {back ? <div className="no-print mb-3 text-sm">{back}</div> : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
        {actions ? <div className="no-print flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {intro ? <p className="mt-2 max-w-3xl text-slate-700">{intro}</p> : null}
    </header>
  );
}
