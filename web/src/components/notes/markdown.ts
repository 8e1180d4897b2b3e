import MarkdownIt from "markdown-it";

// html:false escapes any HTML in the source, so notes can never inject markup or scripts;
// markdown-it also refuses javascript:, vbscript: and data: (except images) link targets.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const renderLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token) {
    token.attrSet("target", "_blank");
    token.attrSet("rel", "noopener noreferrer");
  }
  return renderLinkOpen(tokens, idx, options, env, self);
};

/** Safe HTML for a note written in Markdown. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
