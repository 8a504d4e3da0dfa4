/**
 * Excel downloads of every ledger go through {@link downloadLedger}: `GET /exports/<ledger>.xlsx`
 * on the gateway (gateway/README.md "Ledger downloads") with the tab's token in the
 * `Authorization` header (fetch + blob, so the token never sits in a URL). The file name is the
 * gateway's, from `Content-Disposition` (`filename*=UTF-8''…`, RFC 5987/6266). A refusal throws
 * the gateway's message for the clerk (its Chinese part).
 *
 * The registry's import template is not a ledger: it stays the GraphQL Base64 field
 * `registerTemplate`, saved with {@link saveBase64Workbook}.
 */
export type LedgerFilters = Record<
  string,
  string | number | boolean | (string | number)[] | null | undefined
>;

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function ledgerQuery(filters: LedgerFilters): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) {
      // The gateway takes a list repeated or comma-separated; an empty list is no filter.
      if (v.length > 0) q.set(k, v.map(String).join(","));
    } else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * The file name of a `Content-Disposition` header: `filename*` (RFC 5987, `UTF-8''` + percent
 * encoding) before the plain `filename` (RFC 6266 §4.3); null when there is neither.
 */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (extended?.[2]) {
    const charset = (extended[1] ?? "").trim().toLowerCase();
    try {
      if (charset === "utf-8" || charset === "") return decodeURIComponent(extended[2].trim());
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(disposition);
  const name = plain?.[1]?.replace(/\\(.)/g, "$1") ?? plain?.[2]?.trim();
  return name || null;
}

interface GatewayRefusal {
  errors?: { message?: string; extensions?: { messageZh?: string } }[];
}

/** The clerk's part of a refusal: `extensions.messageZh`, else the Chinese half of "中文 / English". */
export function refusalMessage(body: unknown, status: number): string {
  const e = (body as GatewayRefusal | null)?.errors?.[0];
  const zh = e?.extensions?.messageZh ?? e?.message?.split(" / ")[0];
  return zh?.trim() ? zh.trim() : `导出失败（${status}）`;
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

/** Downloads a ledger; resolves with the file name saved, rejects with the gateway's reason. */
export async function downloadLedger(opts: {
  ledger: string;
  filters?: LedgerFilters;
  token: string | null;
}): Promise<string> {
  let r: Response;
  try {
    r = await fetch(`/exports/${encodeURIComponent(opts.ledger)}.xlsx${ledgerQuery(opts.filters ?? {})}`, {
      headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
    });
  } catch {
    throw new Error("无法连接服务器，导出失败");
  }
  if (!r.ok) throw new Error(refusalMessage(await r.json().catch(() => null), r.status));
  const fileName = fileNameOf(r.headers.get("content-disposition")) ?? `${opts.ledger}.xlsx`;
  save(await r.blob(), fileName);
  return fileName;
}

export function base64ToBlob(base64: string, type = XLSX): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Saves a workbook a GraphQL field gave as Base64 (the registry's import template). */
export function saveBase64Workbook(base64: string, fileName: string): void {
  if (!base64) throw new Error("下载失败");
  save(base64ToBlob(base64), fileName);
}
