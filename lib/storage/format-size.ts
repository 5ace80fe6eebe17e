import { formatNumber } from "@/lib/format";

/** 512 B · 340 KB · 1,2 MB — vi-VN decimals, binary units as file managers show them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber((bytes / (1024 * 1024)).toFixed(1)).replace(/,0$/, "")} MB`;
}
