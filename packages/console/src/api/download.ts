/**
 * Excel downloads of every ledger go through {@link downloadLedger}: `GET /exports/<ledger>.xlsx`
 * on the gateway with the tab's token (fetch + blob, so the token never sits in a URL). Until the
 * gateway serves that route (it answers 404), the ledger's GraphQL `…Export` field (the same
 * workbook as Base64) is used instead.
 */
export type LedgerFilters = Record<
  string,
  string | number | boolean | (string | number)[] | null | undefined
>;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function query(filters: LedgerFilters): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, String(x)));
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64ToBlob(base64: string, type = XLSX): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

export async function downloadLedger(opts: {
  ledger: string;
  filters?: LedgerFilters;
  token: string | null;
  fileName: string;
  /** The GraphQL `…Export` field's Base64 workbook, for a gateway without `/exports`. */
  fallback?: () => Promise<string>;
}): Promise<void> {
  let blob: Blob | null = null;
  try {
    const r = await fetch(`/exports/${encodeURIComponent(opts.ledger)}.xlsx${query(opts.filters ?? {})}`, {
      headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
    });
    const type = r.headers.get("content-type") ?? "";
    if (r.ok && (type.includes("spreadsheet") || type.includes("octet-stream"))) blob = await r.blob();
    else if (r.status !== 404 || !opts.fallback) {
      const body = (await r.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
      throw new Error(body?.errors?.[0]?.message ?? `导出失败（${r.status}）`);
    }
  } catch (e) {
    if (!opts.fallback) throw e;
  }
  if (!blob) {
    if (!opts.fallback) throw new Error("导出失败");
    blob = base64ToBlob(await opts.fallback());
  }
  save(blob, opts.fileName);
}
