from build import C

CASES = [
C("agreed-goal-golive-clean", "txt", """
Hi Priya,

Agreed that the go-live date is what your board will judge this project on.
It sounds like the worry is that the data migration eats into the weeks you
need for training. Could we work backwards from the 1 September go-live on a
call this Thursday and see where training fits?

Best,
Olu

On Tue, Apr 14, 2026, Priya Raman wrote:
> My board will judge this project on the go-live date. I'm worried the data
> migration eats into the weeks we need for training.
""", []),

C("budget-flexibility-validation-clean", "txt", """
Lead: Honestly the number is higher than we planned for this year.
Rep: It sounds like there's not much budget flexibility this year, and the
number is higher than you planned for. What would a first phase need to cost
for it to get approved?
Lead: Maybe half.
""", []),

C("reengage-new-news-clean", "txt", """
Hi Councillor Briggs,

Since we last spoke, the county approved the active-travel grant, which covers
up to 60% of bike-shelter installations at schools.

Would a 20-minute call next week be useful to see whether Hillcrest Primary
qualifies?

Best,
Naomi
""", []),

C("feature-request-just-shipped-clean", "txt", """
Hi Benji,

Good news: we just shipped the offline mode you asked about in March. Drivers
can now complete deliveries without signal and the app syncs when they're back
in range. Want me to switch it on for your depot tomorrow?

Cheers,
Holly

On Thu, Mar 12, 2026, Benji Osei wrote:
> Feature request: could the driver app work offline? Some of our rural routes
> have no signal.
""", []),

C("understand-board-date-clean", "txt", """
Hi Ms. Gallagher,

I understand the board meets on the 12th and wants to see the security review
before then. Could I send our SOC 2 report and the pen-test summary to your IT
lead today, and hold an hour on the 10th in case they have questions?

Kind regards,
Ansel
""", []),

C("handbook-bad-good-list", "md", """
# Discovery calls: good and bad lines

Use these in role-play. Read each bad line aloud, then the good one.

- Bad: "I totally understand, but our price is what it is."
- Good: "It sounds like the price is more than you'd set aside for this. What
  were you comparing it to?"
- Bad: "Don't worry, it's only a two-week delay."
- Good: "A two-week delay lands right on your launch. Would it help if I asked
  our team for a phased delivery?"
- Bad: "Just touching base!"
""", []),

C("table-concern-cell-talk-track-clean", "md", """
# Field guide: objections at the trade counter

| Customer says | Talk track |
|---|---|
| "Your lead times on timber are killing my jobs." | "Long timber lead times are holding up your jobs. Can I set up a standing weekly order so your stock arrives before you need it?" |
| "The other merchant delivers on Saturdays." | "Saturday delivery matters for your jobs. Would an early Friday drop work, or should I ask about our Saturday van?" |
""", []),

C("renewal-usage-dropped-clean", "txt", """
Hi Selin,

I noticed log-ins from your design team dropped by half last month. Has
something changed in how the team works, or is there a part of the tool that
isn't pulling its weight?

Happy to jump on a call Wednesday if that's easier.

Best,
Grant
""", []),

C("crlf-eml-apology-clean", "eml", """
From: Rosie Tan <rosie@petalpost.example>
To: Mark Ellison <mark.ellison@example.com>
Subject: Re: wrong flowers for the funeral
Date: Mon, 13 Apr 2026 09:10:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Mr. Ellison,

I'm so sorry the arrangement for your father's funeral arrived with lilies
when you'd asked for no lilies. I've refunded the order in full. Would you
like us to deliver the white roses you'd chosen to the house this afternoon,
with no charge?

With sincere apologies,
Rosie, Petal Post

On Sun, 12 Apr 2026, Mark Ellison wrote:
> The arrangement for my father's funeral came with lilies. I specifically
> asked for no lilies.
""", [], crlf=True),

C("lead-price-and-not-but-clean", "txt", """
Rep: Where did you land on the quote for the van racking?
Lead: It's more than the other fitter quoted, and I'm not sure the extra is
worth it.
Rep: It sounds like you're not sure the extra over the other fitter's quote is
worth it for you. Would it help if I sent the two
quotes side by side, line by line, before Friday?
Lead: Do that.
""", []),

C("buyer-wants-cold-recommendation-clean", "txt", """
Hi Dr. Walsh,

I'd recommend starting with the remote-monitoring pilot for your cardiology
patients: 30 patients, 90 days, and a report your board can use.

Could we find 30 minutes next week to scope it?

Best regards,
Ines
""", []),
]
