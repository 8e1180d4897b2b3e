import type { Analytics } from "../../../../../shared/schemas/analytics.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Card } from "../../Card.js";
import { AverageValue, RateValue } from "./Aggregate.js";

/** Adherence, cancel and move rates per team (a manager and their direct reports). */
export function TeamStats({ teams, period }: { teams: Analytics["teams"]; period: string }) {
  const { t, tn } = useI18n();
  return (
    <Card
      titleId="teams-title"
      title={t("insights.analytics.teams")}
      lead={t("insights.analytics.teamsLead", { period })}
    >
      {teams.length === 0 ? (
        <p className="muted card-empty">{t("insights.analytics.noTeams")}</p>
      ) : (
        <ul className="team-stats">
          {teams.map((team) => (
            <li key={team.manager.id} className="team-stat">
              <div className="team-stat-head">
                <h3>{t("insights.analytics.team", { name: team.manager.name })}</h3>
                <p className="muted">
                  {tn("insights.analytics.teamSize", team.size)} · {tn("insights.analytics.pairs", team.pairs)}
                </p>
              </div>
              {team.pairs === 0 ? (
                <p className="muted team-stat-empty">{t("insights.analytics.teamNoPairs")}</p>
              ) : (
                <dl className="rates">
                  <div>
                    <dt>{t("insights.analytics.adherence")}</dt>
                    <dd>
                      <RateValue
                        value={team.adherence}
                        sub={
                          team.expected > 0
                            ? t("insights.analytics.heldOf", { held: team.held, expected: team.expected })
                            : undefined
                        }
                      />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("insights.analytics.cancelRate")}</dt>
                    <dd>
                      <RateValue value={team.cancelRate} tone="danger" />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("insights.analytics.rescheduleRate")}</dt>
                    <dd>
                      <RateValue value={team.rescheduleRate} tone="accent" />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("insights.analytics.avgMood")}</dt>
                    <dd>
                      <AverageValue average={team.averageMood} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("insights.analytics.avgRating")}</dt>
                    <dd>
                      <AverageValue average={team.averageRating} />
                    </dd>
                  </div>
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
