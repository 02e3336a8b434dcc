"""The hub → pages: what each page shows, where the site's files live, the
theme, Markdown converted and made safe, and pages rendered with MkDocs'
structures and the theme's templates. Imports only content/ and the base."""
