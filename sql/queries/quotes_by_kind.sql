-- How much is direct quotation, reported speech, mixed, or a quoted title.
SELECT kind, count(*) AS n FROM quotes GROUP BY kind ORDER BY n DESC, kind;
