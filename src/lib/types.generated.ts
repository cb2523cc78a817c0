/* Generated from schemas/ by `npm run generate`. Do not edit by hand. */
/**
 * The rules of one mentoring program (content/programs/<program>/program.yaml). Programs differ by this data, not by code.
 */
export interface Program {
  /**
   * The program's short identifier, the name of its folder under content/programs/ (for example alao).
   */
  id: string;
  /**
   * The program's full name as readers know it.
   */
  name: string;
  /**
   * The association's acronym, used where space is tight (for example ALAO).
   */
  shortName?: string;
  /**
   * The association that runs the program.
   */
  organization: string;
  /**
   * The association's public website.
   */
  website?: string;
  /**
   * One paragraph saying what the program is for, shown on the site's home page and the program's overview.
   */
  summary: string;
  /**
   * Whether only members of the association may take part.
   */
  membersOnly?: boolean;
  /**
   * Who may take part and how they join, in a sentence or two.
   */
  eligibility?: string;
  /**
   * Which kinds of relationship the program offers.
   *
   * @minItems 1
   * @maxItems 2
   *
   * Items: Mentoring pairs an experienced mentor with a mentee; peer mentoring pairs two colleagues who mentor each other.
   */
  kinds: (("mentoring" | "peer") & string)[];
  /**
   * Whether one person may be a mentor in one active pairing and a mentee in another at the same time. Nobody ever holds the same role in two active pairings at once.
   */
  bothRoles?: boolean;
  /**
   * The yearly period in which formal mentoring takes place; when the end comes before the start, the term ends the following year.
   */
  term?: {
    /**
     * The day formal mentoring begins each cycle.
     */
    start: string;
    /**
     * The day formal mentoring ends.
     */
    end: string;
  };
  /**
   * The orientation and training participants attend before the relationship starts.
   */
  orientation?: {
    /**
     * The month (1-12) in which the orientation takes place.
     */
    month: number;
    /**
     * What the orientation is and how it is held.
     */
    description: string;
  };
  /**
   * The intakes of particular years, with their own dates where they differ from the yearly term and orientation. A year may have several intakes; a pairing names its cohort, or belongs to the one whose id is its cycle year.
   *
   * @maxItems 200
   *
   * Items: One intake: its id, and the dates that apply to its pairs.
   */
  cohorts?: {
    /**
     * The cycle year, alone or followed by a hyphen and a word (2026, 2026-autumn).
     */
    id: string;
    /**
     * What the program calls this intake.
     */
    title?: string;
    /**
     * This cohort's formal term, first and last day.
     */
    term?: {
      /**
       * The first day.
       */
      start: string;
      /**
       * The last day.
       */
      end: string;
    };
    /**
     * This cohort's orientation, first and last day.
     */
    orientation?: {
      /**
       * The first day.
       */
      start: string;
      /**
       * The last day.
       */
      end: string;
    };
  }[];
  /**
   * The least number of hours of contact a pair is expected to have over the relationship.
   */
  contactHours?: {
    /**
     * Minimum hours of contact over the relationship.
     */
    min: number;
  };
  /**
   * How often the coordinator checks in with each pair.
   */
  checkIns?: {
    /**
     * Months between two check-ins.
     */
    everyMonths: number;
    /**
     * How the coordinator checks in.
     */
    method: ("in-person" | "phone" | "email" | "video" | "other") & string;
  };
  /**
   * The written contract a pair signs in this program, and what it must contain. Leave it out when the program's documents have no written contract.
   */
  contract?: {
    /**
     * The name of the contract form (for example Mentoring Duo Agreement).
     */
    title: string;
    /**
     * The revision of the form in use now; printed on the blank form, and recorded by new contracts.
     */
    revision?: {
      /**
       * The revision's name, as contracts record it.
       */
      id: string;
      /**
       * The first day contracts are signed on this revision.
       */
      from?: string;
    };
    /**
     * Earlier revisions of the form, oldest first, with the rules that differed: a contract signed on one is checked against its rules.
     *
     * @maxItems 50
     *
     * Items: One earlier revision of the form and the rules it set where they differ from today's.
     */
    revisions?: {
      /**
       * The revision's name, as contracts record it.
       */
      id: string;
      /**
       * The first day contracts were signed on this revision; leave out for the first one.
       */
      from?: string;
      /**
       * How many numbered goals a contract lists. Leave out when the form has no numbered goals.
       */
      goals?: {
        /**
         * The smallest number allowed.
         */
        min: number;
        /**
         * The largest number allowed.
         */
        max: number;
      };
      /**
       * Whether a pair may attach further goals beyond the numbered ones.
       */
      additionalGoals?: boolean;
      /**
       * The contract states its duration in months; any limits the program sets on it. Leave out when the form has no duration.
       */
      durationMonths?: {
        /**
         * The shortest duration, in months, where the program sets one.
         */
        min?: number;
        /**
         * The longest duration, in months, where the program sets one.
         */
        max?: number;
        /**
         * The program suggests no more than this many months; a longer contract gets a warning, not an error.
         */
        recommendedMax?: number;
      };
      /**
       * How often pairs may meet, as suggestions offered on the forms.
       *
       * @minItems 1
       * @maxItems 10
       *
       * Items: How often the pair meets.
       */
      frequencies?: (("weekly" | "biweekly" | "monthly" | "bimonthly" | "quarterly") & string)[];
      /**
       * Whether a pair may write how often it meets in its own words (for example twice a month) instead of a suggestion.
       */
      ownFrequency?: boolean;
      /**
       * How pairs may communicate; leave out when the program names no methods.
       *
       * @minItems 1
       * @maxItems 10
       *
       * Items: A way the pair communicates.
       */
      methods?: (("in-person" | "phone" | "email" | "video" | "other") & string)[];
    }[];
    /**
     * How many numbered goals a contract lists. Leave out when the form has no numbered goals.
     */
    goals?: {
      /**
       * The smallest number allowed.
       */
      min: number;
      /**
       * The largest number allowed.
       */
      max: number;
    };
    /**
     * Whether a pair may attach further goals beyond the numbered ones.
     */
    additionalGoals?: boolean;
    /**
     * The contract states its duration in months; any limits the program sets on it. Leave out when the form has no duration.
     */
    durationMonths?: {
      /**
       * The shortest duration, in months, where the program sets one.
       */
      min?: number;
      /**
       * The longest duration, in months, where the program sets one.
       */
      max?: number;
      /**
       * The program suggests no more than this many months; a longer contract gets a warning, not an error.
       */
      recommendedMax?: number;
    };
    /**
     * Days after the pair is told of its match by which the signed contract is expected.
     */
    dueDaysAfterNotified?: number;
    /**
     * The agreement and confidentiality statement the parties sign.
     */
    statement?: string;
    /**
     * Who receives the signed contract.
     */
    submitTo?: string;
    /**
     * Suggested topics a pair may choose its activities from, in the program's own words.
     *
     * @minItems 1
     * @maxItems 30
     *
     * Items: One topic a pair may choose as an activity.
     */
    activityTopics?: string[];
    /**
     * Whether a pair may write activities of its own besides the suggested topics.
     */
    ownActivities?: boolean;
  };
  /**
   * How often and how pairs meet: suggested frequencies and methods, and whether a pair may put the frequency in its own words.
   */
  meetings?: {
    /**
     * How often pairs may meet, as suggestions offered on the forms.
     *
     * @minItems 1
     * @maxItems 10
     *
     * Items: How often the pair meets.
     */
    frequencies?: (("weekly" | "biweekly" | "monthly" | "bimonthly" | "quarterly") & string)[];
    /**
     * Whether a pair may write how often it meets in its own words (for example twice a month) instead of a suggestion.
     */
    ownFrequency?: boolean;
    /**
     * How pairs may communicate; leave out when the program names no methods.
     *
     * @minItems 1
     * @maxItems 10
     *
     * Items: A way the pair communicates.
     */
    methods?: (("in-person" | "phone" | "email" | "video" | "other") & string)[];
  };
  /**
   * The program evaluations and assessments participants complete; each person's response is recorded in the pairing when received.
   *
   * @maxItems 10
   *
   * Items: One evaluation participants complete, and when it is due.
   */
  evaluations?: {
    /**
     * The evaluation's id, as pairings record it.
     */
    id: string;
    /**
     * What the evaluation is called.
     */
    title: string;
    /**
     * The day it is due every year (MM-DD); end when it is due as the relationship ends; midway when it is due halfway through the relationship. Leave out when the documents give no date.
     */
    due?: (string | "end" | "midway") & string;
  }[];
  /**
   * How many days after a relationship ends its contract and pairing are kept; 0 means they are removed as soon as it ends.
   */
  retentionDays?: number;
  /**
   * The people who run the program; their names and emails are public so that readers can reach them.
   *
   * @minItems 1
   * @maxItems 10
   *
   * Items: One person who runs the program, public so that readers can reach them.
   */
  coordinators: {
    /**
     * The person's full name as they sign it.
     */
    name: string;
    /**
     * An email address the person reads.
     */
    email: string;
    /**
     * The coordinator's role in the association.
     */
    role?: string;
    /**
     * The coordinator's GitHub account; asked to review the program's contract and pairing pull requests.
     */
    github?: string;
  }[];
  /**
   * The steps of a relationship the program asks for, from the notice to the close-out; each pairing records the day each step happened.
   *
   * @maxItems 30
   *
   * Items: One thing someone does in every relationship, and when it is due.
   */
  steps?: {
    /**
     * The step's id, as pairings record it.
     */
    id: string;
    /**
     * What happens, in a few words.
     */
    title: string;
    /**
     * Who takes the step.
     */
    by: ("mentor" | "mentee" | "peer" | "pair" | "coordinator") & string;
    /**
     * When the step is due: a number of days after an event of the relationship. Leave out when the documents give no date.
     */
    due?: {
      /**
       * Days after the event; 0 for the day itself.
       */
      days: number;
      /**
       * The event the days count from.
       */
      after: ("notified" | "start" | "end") & string;
    };
  }[];
}
/**
 * Who is matched with whom in a program, and where the relationship stands (content/pairings/<program>/<pairing-id>.yaml).
 */
export interface Pairing {
  /**
   * The program's short identifier, the name of its folder under content/programs/ (for example alao).
   */
  program: string;
  /**
   * Mentoring pairs an experienced mentor with a mentee; peer mentoring pairs two colleagues who mentor each other.
   */
  kind: ("mentoring" | "peer") & string;
  /**
   * The experienced colleague (mentoring pairs only).
   */
  mentor?: {
    /**
     * The person's full name as they sign it.
     */
    name: string;
    /**
     * An email address the person reads.
     */
    email: string;
  };
  /**
   * The colleague being mentored (mentoring pairs only).
   */
  mentee?: {
    /**
     * The person's full name as they sign it.
     */
    name: string;
    /**
     * An email address the person reads.
     */
    email: string;
  };
  /**
   * The two colleagues who mentor each other (peer pairs only).
   *
   * @minItems 2
   * @maxItems 2
   *
   * Items: A participant, named with an email address to reach them.
   */
  peers?: {
    /**
     * The person's full name as they sign it.
     */
    name: string;
    /**
     * An email address the person reads.
     */
    email: string;
  }[];
  /**
   * The date the pair was told of its match.
   */
  notified: string;
  /**
   * The program's intake this pair belongs to (one of its cohorts' ids), when the pairing's cycle year has several.
   */
  cohort?: string;
  /**
   * Where the relationship stands.
   */
  status: ("proposed" | "active" | "completed" | "ended-early" | "reassigned") & string;
  /**
   * Every change of the pairing's status, oldest first: proposed, then active, then completed, ended early or reassigned. The last change is the current status.
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: One change of the pairing's status: when, to what, who asked and why.
   */
  history?: {
    /**
     * The day the status changed.
     */
    date: string;
    /**
     * The status the pairing changed to.
     */
    status: ("proposed" | "active" | "completed" | "ended-early" | "reassigned") & string;
    /**
     * Who asked for the change.
     */
    requestedBy: ("mentor" | "mentee" | "peer" | "both" | "coordinator") & string;
    /**
     * Why the status changed, in a sentence; no personal details beyond what the pair agreed to share.
     */
    note: string;
    /**
     * The date the coordinator was told the relationship ended early (needed when the new status is ended-early).
     */
    coordinatorInformed?: string;
    /**
     * The id of the pairing that replaces this one (needed when the new status is reassigned).
     */
    newPairing?: string;
  }[];
  /**
   * The dates on which the coordinator checked in with the pair.
   *
   * @maxItems 60
   *
   * Items: A date the coordinator checked in with the pair.
   */
  checkIns?: string[];
  /**
   * The hours of contact the pair has reported so far, in programs that ask for a minimum number of contact hours.
   */
  hoursLogged?: number;
  /**
   * The day each of the program's steps happened, by step id (the program's steps list them).
   */
  steps?: {
    /**
     * The day the step happened.
     */
    [k: string]: string;
  };
  /**
   * Each person's response to one of the program's evaluations, with the day it was received.
   *
   * @maxItems 40
   *
   * Items: One person's response to one evaluation.
   */
  evaluations?: {
    /**
     * The id of the program's evaluation.
     */
    evaluation: string;
    /**
     * Whose response it is: the mentor, the mentee, or a peer.
     */
    role: ("mentor" | "mentee" | "peer") & string;
    /**
     * The day the response was received.
     */
    received: string;
  }[];
}
/**
 * What a mentor and mentee (or two peers) agree to and sign (content/contracts/<program>/<pairing-id>.yaml).
 */
export interface Contract {
  /**
   * The program's short identifier, the name of its folder under content/programs/ (for example alao).
   */
  program: string;
  /**
   * The id of the pairing this contract belongs to; the contract file has the same name.
   */
  pairing: string;
  /**
   * Mentoring pairs an experienced mentor with a mentee; peer mentoring pairs two colleagues who mentor each other.
   */
  kind: ("mentoring" | "peer") & string;
  /**
   * The revision of the program's form this contract was signed on; when left out, the revision in force on the day of the last signature.
   */
  revision?: string;
  /**
   * The two people who sign: a mentor and a mentee, or two peers.
   *
   * @minItems 2
   * @maxItems 2
   *
   * Items: One of the two people who sign the contract.
   */
  parties: {
    /**
     * The part this person plays in the relationship.
     */
    role: ("mentor" | "mentee" | "peer") & string;
    /**
     * The person's full name as they sign it.
     */
    name: string;
    /**
     * An email address the person reads.
     */
    email: string;
    /**
     * A telephone number, in quotes, digits with spaces, +, -, parentheses or dots (for example "+1 614 555 0142").
     */
    phone?: string;
    /**
     * The date this person signed the contract.
     */
    signed: string;
  }[];
  /**
   * What the pair will work on: attainable, relevant and workable for both.
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: One goal, in a sentence.
   */
  goals?: string[];
  /**
   * Further goals the pair attaches to the contract, beyond the numbered ones.
   *
   * @maxItems 20
   *
   * Items: One further goal, in a sentence.
   */
  additionalGoals?: string[];
  /**
   * The day the relationship formally begins.
   */
  start: string;
  /**
   * How many months the pair commits to, from the start date.
   */
  durationMonths?: number;
  /**
   * How often and how the pair meets; agree on what respects both schedules.
   */
  meetings: {
    /**
     * How often the pair meets: one of the program's suggestions, or in the pair's own words where the program leaves it open.
     */
    frequency: (("weekly" | "biweekly" | "monthly" | "bimonthly" | "quarterly") & string) | string;
    /**
     * The ways the pair will communicate; tick all that apply.
     *
     * @minItems 1
     * @maxItems 5
     *
     * Items: A way the pair communicates.
     */
    methods: (("in-person" | "phone" | "email" | "video" | "other") & string)[];
  };
  /**
   * The activities or projects the pair chooses: the program's suggested topics, or its own where the program allows.
   *
   * @minItems 1
   * @maxItems 30
   *
   * Items: One activity: a suggested topic written as the program writes it, or the pair's own.
   */
  activities?: string[];
  /**
   * The hours of contact the pair commits to over the relationship.
   */
  contactHours?: number;
}
/**
 * The frontmatter of one public guideline page (content/programs/<program>/guidelines/<page>.mdx).
 */
export interface Guideline {
  /**
   * The page's heading and the name it has in the program's sidebar.
   */
  title: string;
  /**
   * One or two sentences saying what the page covers; shown in search results and link previews.
   */
  description: string;
  /**
   * Where the page stands in the program's sidebar and in the previous/next links, lowest first.
   */
  order: number;
  /**
   * A shorter name for the sidebar when the title is long.
   */
  sidebarLabel?: string;
}
/**
 * Anonymous counts of the relationships whose contract and pairing were removed under the program's retention rule (content/stats/<program>.yaml). Counts only: never a name, an email or a pairing id.
 */
export interface Stats {
  /**
   * The program's short identifier, the name of its folder under content/programs/ (for example alao).
   */
  program: string;
  /**
   * How many relationships of each cycle, kind and outcome were removed after their retention period.
   *
   * @maxItems 1000
   *
   * Items: The number of removed relationships sharing one cycle, kind and outcome.
   */
  removed: {
    /**
     * The program year the pairs were matched in (the year that starts their pairing ids).
     */
    cycle: number;
    /**
     * Mentoring pairs an experienced mentor with a mentee; peer mentoring pairs two colleagues who mentor each other.
     */
    kind: ("mentoring" | "peer") & string;
    /**
     * How the relationships ended.
     */
    outcome: ("completed" | "ended-early" | "reassigned") & string;
    /**
     * How many relationships had this cycle, kind and outcome.
     */
    count: number;
  }[];
}
