/** Whether one person meets a rule set's standard, and every requirement they lack. */
import { isSameUnit, parseUnitName, type UnitName } from '../normalize/units.js';
import type { Person } from '../normalize/person.js';
import { foldKey } from '../normalize/text.js';
import { DIMENSION_LEVELS } from '../vocab/dimensions.js';
import type { Requirement, RuleGroup, RuleSet } from './rulesets.js';

const NONE: ReadonlySet<Requirement> = new Set();

export interface Assessment {
  group: string;
  lacks: Requirement[];
}

function atLeast(dimension: Requirement, have: string | undefined, need: string): boolean {
  if (have === undefined || have === 'unknown') return false;
  const order = DIMENSION_LEVELS[dimension] as readonly string[];
  return order.indexOf(have) <= order.indexOf(need);
}

export class Assessor {
  private readonly titles: Array<[string, RuleGroup]>;
  private readonly disadvantaged: UnitName[];

  /** `asOf` (ISO) decides whether a grace period still runs. */
  constructor(
    readonly rules: RuleSet,
    disadvantagedUnits: readonly string[] = [],
    private readonly asOf = '',
  ) {
    this.titles = rules.groups.flatMap((g) => (g.titles ?? []).map((t) => [foldKey(t), g] as [string, RuleGroup]));
    this.disadvantaged = disadvantagedUnits.map((u) => parseUnitName(u));
  }

  private groupOf(person: Person): RuleGroup | undefined {
    const title = foldKey(person.title);
    for (const [prefix, group] of this.titles) {
      if (title === prefix || title.startsWith(`${prefix} `)) return group;
    }
    return this.rules.groups.find((g) => g.staffType !== undefined && g.staffType === person.levels.staffType);
  }

  private isDisadvantaged(unit: string): boolean {
    if (!unit || this.disadvantaged.length === 0) return false;
    const name = parseUnitName(unit);
    return this.disadvantaged.some((d) => isSameUnit(d, name));
  }

  /** Requirements deferred for this person (ethnic minority or disadvantaged unit, before the grace ends). */
  private deferred(person: Person): ReadonlySet<Requirement> {
    const grace = this.rules.grace;
    if (!grace || !this.asOf || this.asOf > grace.until) return NONE;
    const minority = grace.minority === true && person.levels.ethnicity === 'minority';
    const unit = grace.disadvantagedUnits === true && this.isDisadvantaged(person.unit);
    return minority || unit ? new Set(grace.requirements) : NONE;
  }

  /** Undefined when no group of the rule set applies (part-time staff, contracts) or its group is not assessed. */
  assess(person: Person): Assessment | undefined {
    const group = this.groupOf(person);
    if (!group || group.assess === false) return undefined;
    const lacks: Requirement[] = [];
    const deferred = this.deferred(person);
    const { generalEducation, politicalTheory, stateManagement } = group.requires;
    let education = deferred.has('education') ? undefined : group.requires.education;
    if (education && this.rules.disadvantaged?.education && this.isDisadvantaged(person.unit)) {
      const lowered = this.rules.disadvantaged.education;
      if (atLeast('education', education, lowered)) education = lowered;
    }
    if (education && !atLeast('education', person.levels.education, education)) lacks.push('education');
    if (politicalTheory && !atLeast('politicalTheory', person.levels.politicalTheory, politicalTheory))
      lacks.push('politicalTheory');
    // General education is checked only where the roster has it.
    if (
      generalEducation &&
      person.levels.generalEducation !== undefined &&
      !atLeast('generalEducation', person.levels.generalEducation, generalEducation)
    ) {
      lacks.push('generalEducation');
    }
    // State-management training likewise: only where the roster has its column.
    if (
      stateManagement &&
      !deferred.has('stateManagement') &&
      person.levels.stateManagement !== undefined &&
      !atLeast('stateManagement', person.levels.stateManagement, stateManagement)
    ) {
      lacks.push('stateManagement');
    }
    return { group: group.id, lacks };
  }
}
