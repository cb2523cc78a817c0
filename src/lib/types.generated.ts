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
   * The association's public website: a full web address starting with https:// or http:// (for example https://www.alaoweb.org/).
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
   * The most mentees one mentor may have in active pairings at once, where the program's documents set a limit. A mentor's application says how many they can take (capacity); this caps it, and an application asking for more is an error.
   */
  maxMentees?: number;
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
   * Whether a pairing may change only with the consent of both of the pair (ALCTS: pairings may change based on mutual consent and agreement from both parties); a reassignment asked for by one side only gets a warning.
   */
  changeByMutualConsent?: boolean;
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
      /**
       * Whether the listed methods are only examples: a pair may communicate in any way, and the forms suggest the listed ones (ALAO: e.g., face-to-face, phone, email, other online communication).
       */
      ownMethods?: boolean;
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
     * Calendar months after the pair is told of its match by which the signed contract is expected (1: within the first month, so a pair told on July 1 is on time on August 1). Use it instead of dueDaysAfterNotified where the documents count in months.
     */
    dueMonthsAfterNotified?: number;
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
     * Whether the agreement records the common goal the pair works toward (CALA: work together to achieve a common goal within the program time frame).
     */
    commonGoal?: boolean;
    /**
     * Whether the agreement records the time both can devote to the program (CALA: agree on the time that both of you can devote).
     */
    timeCommitment?: boolean;
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
    /**
     * Whether the listed methods are only examples: a pair may communicate in any way, and the forms suggest the listed ones (ALAO: e.g., face-to-face, phone, email, other online communication).
     */
    ownMethods?: boolean;
    /**
     * The least often a pair is to meet, where the program's documents set a minimum (at least once a month: monthly). The forms show it as a minimum, and a contract whose frequency is plainly less often gets a warning.
     */
    minimumFrequency?: ("weekly" | "biweekly" | "monthly" | "bimonthly" | "quarterly") & string;
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
     * Who answers it: the mentor, the mentee, each peer (peer pairs only), or both of the pair, each with their own response. Leave out when both of the pair answer.
     */
    by?: ("mentor" | "mentee" | "peer" | "pair") & string;
    /**
     * The day it is due every year (MM-DD); end when it is due as the relationship ends; midway when it is due halfway through the relationship; or a number of days after an event of the relationship ({ days: 14, after: end }). Leave out when the documents give no date.
     */
    due?:
      | string
      | "end"
      | "midway"
      | {
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
  /**
   * How many days after a relationship ends its contract and pairing are kept; 0 means they are removed as soon as it ends. Leave out when the program's documents give no period: Tandem then never removes records and asks the coordinator to set one.
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
     * The person's full name as they sign it: at least one letter, no web address or email address (nothing with ://, www. or @), and no invisible or control characters.
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
    /**
     * Whether this coordinator also owns the code every program shares (scripts/, schemas/, src/, .github/) in CODEOWNERS; without it, a coordinator owns only the program's own paths.
     */
    maintainer?: boolean;
  }[];
  /**
   * The program's mailbox, Tandem's front door: applications, contracts, signatures and check-in replies are sent here by email and read by `npm run inbox`. Where absent, nothing is offered by email for this program.
   */
  intake?: {
    /**
     * The address people send their application, contract and replies to: a mailbox only Tandem reads (not a coordinator's own).
     */
    email: string;
  };
  /**
   * How people apply, from the program's own documents: whether everyone applies, in which roles, the interests to choose from, where to apply and the window of each cycle. Leave out what the documents do not say.
   */
  applications?: {
    /**
     * Whether every participant must apply (ALCTS: all participants must submit an application).
     */
    required?: boolean;
    /**
     * Where everyone applies: the id of the step (among steps) a pairing records when its application was made outside Tandem; a pairing with neither a linked application nor this step gets a warning.
     */
    step?: string;
    /**
     * The roles an applicant may ask for.
     *
     * @minItems 1
     * @maxItems 3
     *
     * Items: A role an applicant may ask for.
     */
    roles: ("mentor" | "mentee" | "peer")[];
    /**
     * The interests applicants choose from; they may add their own in free text.
     *
     * @minItems 1
     * @maxItems 60
     *
     * Items: One interest, as applicants see it.
     */
    interests?: string[];
    /**
     * Where or to whom applications go, in the program's words (a web address or a committee).
     */
    apply?: string;
    /**
     * The window of each cycle in which applications are accepted.
     *
     * @maxItems 20
     *
     * Items: When applications for one cycle open and close.
     */
    cycles?: {
      /**
       * The cycle's year.
       */
      cycle: number;
      /**
       * The first day applications are accepted.
       */
      opens: string;
      /**
       * The last day applications are accepted.
       */
      closes: string;
      /**
       * The day by which this cycle's applicants are told of their match, where the documents give one.
       */
      matchedBy?: string;
    }[];
    /**
     * The window in which applications are accepted every year (MM-DD), where the documents give the same dates each year. A cycle is the year its window opens; a cycle listed under cycles keeps its own dates.
     */
    window?: {
      /**
       * The first day applications are accepted each year.
       */
      opens: string;
      /**
       * The last day applications are accepted each year; a day before opens is in the following year.
       */
      closes: string;
    };
    /**
     * The day every year (MM-DD) by which applicants are told of their match, where the documents give one: the first such day after the window closes.
     */
    matchedBy?: string;
  };
  /**
   * How npm run match weighs the fit of a pair, and the program's own matching rules.
   */
  matching?: {
    /**
     * Points per shared interest, for career stages that suit the pair, and per shared meeting method.
     */
    weights?: {
      /**
       * Points for each interest both applicants named.
       */
      interests?: number;
      /**
       * Points when the mentor is more senior than the mentee, or when peers share a career stage (half when one stage apart).
       */
      careerStage?: number;
      /**
       * Points for each way of meeting both applicants prefer.
       */
      methods?: number;
    };
    /**
     * Whether two applicants from the same institution may be paired; false: never.
     */
    sameInstitution?: boolean;
  };
  /**
   * The emails Tandem sends the program's pairs (npm run notices, weekly in the desk workflow); a program without this key sends none.
   */
  notices?: {
    /**
     * The sender shown on every notice; the SMTP account must be allowed to send as this address.
     */
    from: {
      /**
       * The name shown as the sender (usually the program's name).
       */
      name: string;
      /**
       * The address the notices come from.
       */
      email: string;
    };
    /**
     * The email of the coordinator who answers replies: one of the program's coordinators.
     */
    replyTo: string;
    /**
     * Which notices the program sends; each needs its text in content/programs/<program>/notices/<notice>.md.
     *
     * @minItems 1
     * @maxItems 10
     *
     * Items: Which email: each has its own day, set by the program's data and the pairing's dates.
     */
    send: (("pairing-notice" | "contract-due" | "check-in" | "evaluation-due" | "step-overdue" | "ending-soon") &
      string)[];
  };
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
     * The person's full name as they sign it: at least one letter, no web address or email address (nothing with ://, www. or @), and no invisible or control characters.
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
     * The person's full name as they sign it: at least one letter, no web address or email address (nothing with ://, www. or @), and no invisible or control characters.
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
     * The person's full name as they sign it: at least one letter, no web address or email address (nothing with ://, www. or @), and no invisible or control characters.
     */
    name: string;
    /**
     * An email address the person reads.
     */
    email: string;
  }[];
  /**
   * The date the pair was told of its match (needed once the pairing is active, and after).
   */
  notified?: string;
  /**
   * The day the relationship starts, recorded when the pairing becomes active: by default the start of the pair's term or cohort, which may come after the notice.
   */
  start?: string;
  /**
   * The application cycle (year) the pair was matched in; in programs with a yearly term, the pair's term is the one that starts in this year.
   */
  cycle?: number;
  /**
   * The program's intake this pair belongs to (one of its cohorts' ids), when the pairing's cycle year has several.
   */
  cohort?: string;
  /**
   * Where the relationship stands.
   */
  status: ("proposed" | "active" | "completed" | "ended-early" | "reassigned") & string;
  /**
   * Every change of the pairing's status, oldest first. A pairing starts proposed and only moves from proposed to active or ended-early, and from active to completed, ended-early or reassigned; completed, ended-early and reassigned are final. The last change is the current status.
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
  /**
   * The ids of the applications the pair came from (content/applications/<program>/<cycle>/), linked when the pairing becomes active.
   *
   * @minItems 1
   * @maxItems 2
   *
   * Items: The application's identifier: the cycle year and the applicant's surname, lowercase, joined by hyphens (for example 2027-okafor, or 2027-okafor-2 for a second one). It is also the file's name.
   */
  applications?: string[];
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
     * The person's full name as they sign it: at least one letter, no web address or email address (nothing with ://, www. or @), and no invisible or control characters.
     */
    name: string;
    /**
     * An email address the person reads.
     */
    email: string;
    /**
     * A telephone number: digits with spaces, +, -, parentheses or dots (for example +1 614 555 0142).
     */
    phone?: string;
    /**
     * The date this person signed the contract.
     */
    signed: string;
    /**
     * The evidence of a signature given by replying I AGREE to the program's mailbox (written by npm run inbox): the reply's hashed message id, the address it came from and how that address was authenticated.
     */
    signature?: {
      /**
       * How the person signed: by an email reply.
       */
      method: "email-reply";
      /**
       * The SHA-256 of the reply's Message-ID header, in hex: finds the reply in the mailbox without copying it.
       */
      messageId: string;
      /**
       * The address the reply came from (this party's own address).
       */
      from: string;
      /**
       * How the sender's address was authenticated, as DKIM, SPF and DMARC results (for example dmarc=pass header.from=example.edu).
       */
      authentication: string;
    };
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
   * The goal both of you work toward together within the program's time frame, in a sentence.
   */
  commonGoal?: string;
  /**
   * The time both of you can devote to the program, in your own words (for example two hours a month).
   */
  timeCommitment?: string;
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
  /**
   * How many evaluation responses the removed relationships of each cycle had received, per evaluation, so that the public response counts never shrink when records are removed.
   *
   * @maxItems 1000
   *
   * Items: The number of responses to one evaluation received from the removed relationships of one cycle.
   */
  responses?: {
    /**
     * The program year the pairs were matched in.
     */
    cycle: number;
    /**
     * The id of the program's evaluation.
     */
    evaluation: string;
    /**
     * How many responses were received.
     */
    count: number;
  }[];
}
/**
 * A program's public statistics as taken on the first of a month (content/programs/<program>/statistics.yaml), written by `npm run stats:snapshot`. The site publishes this file and nothing counted at build time, so that a deploy that changes one pairing changes nothing on the statistics page. Counts are already suppressed: each is 3 or more, or the words "fewer than 3". A count never shrinks from one snapshot to the next.
 */
export interface Statistics {
  /**
   * The program's short identifier, the name of its folder under content/programs/ (for example alao).
   */
  program: string;
  /**
   * The month the snapshot stands for, written YYYY-MM.
   */
  month: string;
  /**
   * The day the counts were taken.
   */
  taken: string;
  /**
   * How the relationships of each cycle ended, newest cycle first.
   *
   * @maxItems 1000
   *
   * Items: The counts of one cycle.
   */
  cycles: {
    /**
     * The program year the pairs were matched in (the year that starts their pairing ids).
     */
    cycle: number;
    /**
     * A count of 3 or more, or the words "fewer than 3" (zero included).
     */
    completed: number | "fewer than 3";
    /**
     * A count of 3 or more, or the words "fewer than 3" (zero included).
     */
    endedEarly: number | "fewer than 3";
    /**
     * A count of 3 or more, or the words "fewer than 3" (zero included).
     */
    reassigned: number | "fewer than 3";
  }[];
  /**
   * How many responses each evaluation of the program received from the pairs of each cycle.
   *
   * @maxItems 1000
   *
   * Items: The responses to one evaluation from the pairs of one cycle.
   */
  responses?: {
    /**
     * The program year the pairs were matched in (the year that starts their pairing ids).
     */
    cycle: number;
    /**
     * The id of the program's evaluation.
     */
    evaluation: string;
    /**
     * A count of 3 or more, or the words "fewer than 3" (zero included).
     */
    count: number | "fewer than 3";
  }[];
}
/**
 * One person's application to take part in a program's cycle (content/applications/<program>/<cycle>/<application-id>.yaml). Confidential: never published.
 */
export interface Application {
  /**
   * The program's short identifier, the name of its folder under content/programs/ (for example alao).
   */
  program: string;
  /**
   * The year of the cycle you apply for.
   */
  cycle: number;
  /**
   * The person's full name as they sign it: at least one letter, no web address or email address (nothing with ://, www. or @), and no invisible or control characters.
   */
  name: string;
  /**
   * An email address the person reads.
   */
  email: string;
  /**
   * Your statement that you are a member of the association (needed for members-only programs).
   */
  member?: boolean;
  /**
   * The roles you apply for: mentor, mentee or peer, as the program allows; some programs let you be a mentor and a mentee.
   *
   * @minItems 1
   * @maxItems 3
   *
   * Items: A role you apply for.
   */
  roles: (("mentor" | "mentee" | "peer") & string)[];
  /**
   * What you would like the relationship to be about: from the program's list, or in your own words.
   *
   * @minItems 1
   * @maxItems 12
   *
   * Items: One interest, from the program's list or your own words.
   */
  interests: string[];
  /**
   * Where you work or study.
   */
  institution?: string;
  /**
   * Where you are in your career.
   */
  careerStage: ("student" | "early" | "mid" | "senior") & string;
  /**
   * How you would prefer to meet, from the program's methods.
   *
   * @minItems 1
   * @maxItems 5
   *
   * Items: A way the pair communicates.
   */
  methods: (("in-person" | "phone" | "email" | "video" | "other") & string)[];
  /**
   * As a mentor, how many mentees you can take on at once.
   */
  capacity?: number;
  /**
   * The day the application was submitted.
   */
  submitted: string;
  /**
   * The coordinator's recorded exception for an application submitted outside the cycle's window: who accepted it, when and why. With it, the window does not refuse the application.
   */
  lateAccepted?: {
    /**
     * The coordinator who accepted the application (their name or GitHub account).
     */
    by: string;
    /**
     * The day the coordinator accepted it.
     */
    on: string;
    /**
     * Why the late application was accepted, in a sentence.
     */
    reason: string;
  };
  /**
   * Ids of applications you should not be matched with (for example 2027-lee).
   *
   * @maxItems 20
   *
   * Items: The application's identifier: the cycle year and the applicant's surname, lowercase, joined by hyphens (for example 2027-okafor, or 2027-okafor-2 for a second one). It is also the file's name.
   */
  avoid?: string[];
  /**
   * Anything else the matching committee should know.
   */
  notes?: string;
}
/**
 * The frontmatter of one email text a program sends its pairs (content/programs/<program>/notices/<notice>.md); the body below it is Markdown with {{placeholders}}.
 */
export interface Notice {
  /**
   * The email's subject line; it may use the same {{placeholders}} as the body.
   */
  subject: string;
}
