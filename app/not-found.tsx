// Requests outside any locale (which the proxy normally prevents) land here.
export default function GlobalNotFound() {
  return (
    <html lang="nb">
      <body>
        <main>
          <h1>Fant ikke siden</h1>
          <p>
            <a href="/">Til forsiden</a>
          </p>
        </main>
      </body>
    </html>
  );
}
