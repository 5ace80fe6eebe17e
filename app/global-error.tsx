"use client";

/** Last resort when the root layout itself fails: no translations are available here, so both languages. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "sans-serif", padding: 24 }}>
        <h1>Đã có lỗi xảy ra / Something went wrong</h1>
        <p>Vui lòng tải lại trang sau ít phút. / Please reload the page in a moment.</p>
        {error.digest ? <p>Mã lỗi / Reference: {error.digest}</p> : null}
      </body>
    </html>
  );
}
