import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.js";

describe("renderMarkdown", () => {
  it("renders the usual Markdown", () => {
    expect(renderMarkdown("**Agreed**: ship\n\n- one\n- two")).toBe(
      "<p><strong>Agreed</strong>: ship</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
    );
  });

  it("escapes HTML instead of rendering it", () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)"> <script>alert(1)</script>');
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;");
  });

  it("refuses script links and opens others safely in a new tab", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain("href");
    expect(renderMarkdown("[docs](https://example.com)")).toBe(
      '<p><a href="https://example.com" target="_blank" rel="noopener noreferrer">docs</a></p>\n',
    );
    expect(renderMarkdown("see https://example.com/a")).toContain('rel="noopener noreferrer"');
  });

  it("keeps line breaks as typed", () => {
    expect(renderMarkdown("one\ntwo")).toBe("<p>one<br>\ntwo</p>\n");
  });
});
