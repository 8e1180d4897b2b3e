import { expect, it } from "vitest";
import { icsParameterText } from "./build-feed.js";

it("keeps a parameter value inside its quotes: no DQUOTE, control character or line break (RFC 5545)", () => {
  expect(icsParameterText("Leo Leader")).toBe("Leo Leader");
  expect(icsParameterText('Tina";ROLE=CHAIR;X="1')).toBe("Tina';ROLE=CHAIR;X='1");
  expect(icsParameterText("A\r\nB\tC\u0000D\u2028E\u0085F")).toBe("A B C D E F");
  expect(icsParameterText('"\r\n"')).toBe("' '");
  expect(icsParameterText("\u0007")).toBe("?");
  expect(icsParameterText("Zoë O’Brien, Jr.; \\o/")).toBe("Zoë O’Brien, Jr.; \\o/");
});
