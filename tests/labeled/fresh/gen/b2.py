from build import C

CASES = [
C("bid-gap-fair-point", "txt", """
Hi Tom,

It sounds like the gap between our bid and Dalton's is making this a hard sell to your owners.

Fair point, our number is $180k higher than theirs. What it includes that theirs doesn't is a fixed-price structural package and a dedicated superintendent on site every day. Could I walk your owners through the line-by-line comparison on Monday?

Thanks,
Alvaro Reyes
Reyes & Sons General Contracting
""", [("CF", "Fair point, our number is $180k higher than theirs")]),

C("recruiting-k8s-other-client", "txt", """
Hi Laura,

It sounds like the last two candidates we sent didn't have the hands-on Kubernetes depth your team needs, and I'm sorry that cost you two rounds of panel interviews.

Maya Roth, whom I mentioned Friday, ran a 400-node cluster at Parcelly for three years. Another client has asked to interview her this week, so if you'd like to meet her first, let me know by Tuesday.

Can I send her CV over today?

Owen

On Mon, Nov 30, 2026, Laura Kim wrote:
> Owen, neither of the last two candidates could talk in depth about Kubernetes. That's two panels my engineers sat through for nothing.
""", [("PAE", "Another client has asked to interview her this week")]),

C("hotel-wrong-room-any-trouble", "txt", """
Dear Mr. Huang,

We're sorry for any trouble this has caused. You booked a king room with a harbour view for your anniversary and were given a twin room facing the car park, which is not what you paid for.

I've refunded the difference for both nights and would like to offer you a complimentary harbour-view stay on a date of your choosing. Which weekend in the new year would suit you and your wife?

Sincerely,
Alison Grey
Guest Relations, The Quayside

> I booked a king room with a harbour view for our anniversary. We were put in a twin room facing the car park. Not what I paid for.
""", [("SE", "We're sorry for any trouble this has caused")]),

C("fintech-recon-patched-first", "txt", """
Hi Farid,

We've already patched the reconciliation job that double-counted the Stripe payouts, and the corrected balances are live in your dashboard.

I'm sorry the mismatch had your team up late reconciling by hand before the board meeting.

Best,
Noor
Finflow

On Thu, Dec 3, 2026, Farid Haddad wrote:
> The payout totals in Finflow were double-counted again. My team was up until 1am reconciling by hand before our board meeting. This is the second time in a month and I'm losing patience.
""", [("SBA", "We've already patched the reconciliation job"),
      ("EWD", "I'm sorry the mismatch had your team up late reconciling by hand before the board meeting.")]),

C("cold-reefer-last-but-not-least", "txt", """
Subject: Cold-chain lanes from Salinas

Hi Rosa,

Fresh Valley ships leafy greens out of Salinas every week, and I'd guess the summer heat waves make reefer capacity hard to lock in.

Polar Lane runs 120 temperature-controlled trucks on the I-5 corridor with live temperature logs on every load. Last but not least, we bill detention in 15-minute increments instead of by the hour.

Would you be open to a quick call Thursday to see if two or three of your lanes fit?

Best,
Cole
"""),

C("proposal-touch-base-update", "txt", """
Hi Simone,

Just wanted to touch base on the proposal I sent over on the 12th.
Any update on your end?

Happy to adjust the seat count if the team size changed. Would a quick call Thursday help?

Thanks,
Ben
""", [("FUC", "Just wanted to touch base"), ("FUC", "Any update on your end?")]),

C("infusion-pump-alarms-call", "txt", """
Rep: Dr. Okonkwo, you said the infusion pumps we installed last year alarmed so often the nurses started ignoring them. Is that still happening on 4 West?
Customer: Less since the firmware update, but yes. The night staff don't trust them.
Rep: I can see why the night staff stopped trusting alarms that went off that often; alarm fatigue is dangerous. Would it help if our clinical specialist spent a night shift on 4 West next week to tune the thresholds with your charge nurse?
Customer: That would help.
"""),

C("workers-comp-however", "eml", """
From: Nate Sorensen <nate@keelbroker.com>
To: Maria Flores <maria@floresbakery.com>
Subject: Re: Workers comp renewal
Date: Tue, 1 Dec 2026 10:22:05 -0800
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Maria,

I completely get it. A 22% jump on workers comp is hard to swallow for a bakery with 14 people. However, the carrier priced in the two claims from the spring, and that's standard across the market.

If it helps, I can shop it to two other carriers this week and have numbers to you by Friday. Want me to go ahead?

Nate

On Mon, Nov 30, 2026, Maria Flores wrote:
> Nate, our workers comp went up 22%. We're 14 people making bread. How is that possible?
""", [("SE", "I completely get it"), ("BB", "However", "I completely get it")]),

C("sso-outage-at-least", "txt", """
Hi Grant,

I'm sorry the SSO outage locked your sales team out of the CRM for most of Monday morning; losing half a day of call blocks in the last week of the quarter is painful.

At least you didn't lose any data, and everything synced back once we restored the identity provider. I've attached the incident report, and I'd like to walk your IT lead through the fix on a call this week. Does Thursday at 11 work?

Best,
Alicia

Grant Peters wrote:
> The SSO outage locked my whole sales team out of the CRM Monday morning. Last week of the quarter. Not good.
""", [("ML", "At least you didn't lose any data")]),

C("agency-launch-youre-right-that", "txt", """
Hi Joanne,

You're right that the campaign launch needs to land before the spring trade show, and it sounds like the two-week slip on creative has you worried about that date.

Here's what I'd propose: we move the landing page into this sprint and run creative reviews twice a week instead of weekly. Could we meet Tuesday to lock the revised timeline?

Best,
Theo
Northbound Creative

On Wed, Dec 2, 2026, Joanne Pike wrote:
> Theo, the creative slipped two weeks. The campaign has to launch before the spring trade show. I'm worried we won't make it.
"""),

C("treadmill-belt-no-big-deal", "txt", """
Rep: Welcome back! How's the treadmill working out?
Customer: The belt started slipping after three weeks. I'm honestly annoyed, it wasn't cheap.
Rep: A slipping belt three weeks in is annoying, especially on a machine that wasn't cheap. It's no big deal to fix, the tech tightens it in ten minutes. And if you were thinking of the extended protection plan, today is the last day it's 30% off. Want me to book the tech for Saturday?
Customer: Just book the tech.
""", [("ML", "no big deal"), ("PAE", "today is the last day it's 30% off")]),

C("mobile-coverage-let-me-show", "txt", """
Agent: Thanks for calling Lumio Mobile, this is Dev. What can I do for you?
Customer: I'm switching carriers. Your coverage at my house is garbage and I've had three dropped calls today alone.
Agent: Let me show you something before you go. We have a free signal booster that plugs into your router, and most customers see full bars indoors within a day. Can I ship one to you overnight?
Customer: I guess.
""", [("SBA", "Let me show you something")]),

C("bootcamp-tuition-no-next-step", "txt", """
Hi Jamal,

Thanks for being honest about where you are. I understand your concerns completely. Leaving a steady job to retrain at 38, with a mortgage, is a big decision, and it makes sense that the $14,000 tuition gives you pause.

Warm regards,
Ines
Admissions, Forge Academy

On Tue, Dec 1, 2026, Jamal Reed wrote:
> I'm 38, I have a mortgage, and $14,000 is a lot to bet on a career change. I'm not sure I can leave a steady job for this.
""", [("SE", "I understand your concerns completely"),
      ("EWD", "Leaving a steady job to retrain at 38, with a mortgage, is a big decision, and it makes sense that the $14,000 tuition gives you pause.")]),

C("gasket-lot-generic", "txt", """
Hi Aiko,

What a frustrating situation. I'd like to get our quality engineer on a call with you and your plant manager on Wednesday to go through the lot data and agree on a containment plan. Would 10am Pacific work?

Best,
Rolf

On Thu, Dec 3, 2026 at 7:12 AM, Aiko Tanaka wrote:
> Rolf, 8% of the gaskets in lot 2241 were out of spec. We had to stop the line and sort by hand. If this happens again we'll have to requalify a second supplier.
""", [("GR", "What a frustrating situation.")]),

C("headphones-warranty-replace", "txt", """
Hi Leo,

I'm sorry your Arden headphones stopped charging two weeks after the warranty ended; that's a frustrating way for a $300 pair to go.

Because it's within 30 days of the warranty end, we'll replace them at no cost. I've emailed a prepaid label to this address. Can you confirm the shipping address is still 42 Kestrel Way?

Best,
Sofia
Arden Support

> My Arden headphones stopped charging. They're two weeks past warranty. For $300 I expected more than a year.
"""),

C("adoption-ack-earlier-turn", "txt", """
AE: It sounds like the last rollout left your support team wary of any new tool. What part worried them most?
Prospect: Honestly, the training. And now my VP is asking why we'd pay $60k for something people won't use.
AE: Our onboarding team runs live training for every seat in the first two weeks, and adoption averages 87% by day 30. I can share the adoption report from Kestrel Health, which is about your size. Want me to send it?
Prospect: Sure.
""", [("SBA", "Our onboarding team runs")]),

C("townhouse-just-checking-in", "txt", """
Hi Mr. Beaumont,

Just checking in to see whether you and Claire had a chance to think about the Maple Court townhouse. The sellers have accepted an offer on the unit next door, so comparable pricing in the complex is now clearer.

Would it help to go over the numbers together this week?

Best,
Ava
""", [("FUC", "Just checking in")]),

C("renewal-recap-text-fence", "md", """
# Renewal calls: closing without pushing

Instead of "just checking in", open with what changed on their account. And don't write "I hear your frustration" in a recap email; name the frustration.

A good recap after a renewal objection:

```text
Hi Priya,

You mentioned the price increase came at a bad time, with the hiring freeze on your side. That makes the renewal a harder conversation internally, and I want to make it easier.

We can hold your current rate if the renewal is signed before December 20, after that it moves to list.

Would a short call with your CFO on Thursday help?
```

Notice the rep reflects the hiring freeze in the buyer's own words.
""", [("PAE", "if the renewal is signed before December 20")]),

C("scheduling-app-foremen", "txt", """
Hi Dwayne,

You're right that switching the whole crew to a new scheduling app mid-project takes effort, and I can see why the foremen are skeptical after the last app got dropped in a month.

What if we start with one crew on the Halsey Street job for two weeks, with our trainer on site Monday morning? Does that work for you?

Best,
Corinne
Buildstack

On Fri, Dec 4, 2026, Dwayne Hooper wrote:
> Switching the whole crew to a new app mid-project is a lot of effort. The foremen are skeptical, the last app got dropped after a month.
"""),

C("migration-audit-though-crlf", "txt", """
Hi Ellie,

I know the migration timeline is tight with your audit in February, though we'll need the full data export before we can schedule the cutover.

Could your DBA send it over, or would it help if our engineer pulled it with her on a call Wednesday?

Thanks,
Nikhil

On Thu, Dec 3, 2026, Ellie Warren wrote:
> The migration timeline is tight. Our audit starts in February and I can't have the system half-moved.
""", [("BB", "though")], crlf=True),

C("loan-fee-wont-argue", "txt", """
Agent: Hi Bea, I see you're asking about the origination fee on your loan offer. What's on your mind?
Customer: 5% just to open a loan? That's ridiculous. My credit union charges nothing.
Agent: A 5% fee when your credit union charges nothing would make anyone stop and compare. I won't argue with that, our origination fee is high for a loan this size. What matters most to you here, the total cost over the term or the monthly payment?
Customer: Total cost.
""", [("CF", "I won't argue with that, our origination fee is high for a loan this size")]),

C("kitchen-display-pitch-only", "txt", """
Hi Chef Romero,

Our new kitchen display update groups tickets by course, so your line won't see the appetizer/entrée mix-ups from Saturday again. The install is only 20 minutes of downtime and we can do it Monday before service.

Want me to book the install for 2pm Monday?

Best,
Kai
Platewise

On Sun, Dec 6, 2026, Luis Romero wrote:
> Saturday was a disaster. The kitchen screens mixed up apps and entrées all night and we comped six tables. My cooks are fed up.
""", [("SBA", "Our new kitchen display update"), ("ML", "only 20 minutes of downtime")]),

C("support-rewrites-table", "md", """
# Quick rewrites for support replies

| Instead of | Try |
|---|---|
| "We apologize for any inconvenience." | "I'm sorry the export failed right before your board deck was due. Can I rerun it for you now?" |
| "I understand your frustration, but..." | "Losing the afternoon to a failed export is maddening, and here's what we changed: exports now retry automatically. Want me to walk you through it?" |
| "Don't worry, it's a quick fix." | "The fix takes about ten minutes; I can stay on the line while you run it." |

Before: "Just following up on my last email!"
After: "I sense the timing might be off for this, am I reading that correctly?"
"""),

C("phone-install-no-direction", "txt", """
Hi Russ,

Reading your note, it's clear the three missed install dates at the Dayton branch have put you in a bad spot with your regional director. Being the one who vouched for us and then having the branch sit without internet for two weeks is a tough place to be.

Regards,
Mei
Account Manager, Crestlink Business

On Fri, Dec 4, 2026, Russ Whitaker wrote:
> Mei, that's three missed install dates at Dayton. I vouched for Crestlink with my regional director and now the branch has been without internet for two weeks.
""", [("EWD", "Being the one who vouched for us and then having the branch sit without internet for two weeks is a tough place to be.")]),

C("ltl-accessorials-sdr", "txt", """
SDR: Hi Joel, it's Amara from Freightly. You downloaded our guide on LTL consolidation last week. What prompted that?
Lead: We're getting killed on LTL accessorial fees. Liftgate, residential, re-delivery. It adds up.
SDR: Accessorial fees for liftgate and re-delivery really do add up, and that's where our audit tool usually finds the most money, about 6% of spend on average. Would it be worth running last quarter's invoices through it so you can see your own number?
Lead: Yeah, maybe.
"""),

C("solar-you-guys-net-metering", "txt", """
Hi Mr. and Mrs. Dalton,

I hear you guys. $31,000 is a big number, but remember the federal tax credit covers 30% of it, and the utility's net-metering rate drops for new contracts signed after December 31.

Shall I pencil in the site survey for next Thursday?

Best,
Rob
Brightside Solar
""", [("SE", "I hear you guys"), ("BB", "but", "I hear you guys"),
      ("PAE", "net-metering rate drops for new contracts signed after December 31")]),

C("inline-quiz-drafts-awful", "txt", """
Hi Sunita,

On Thu, Dec 3, 2026 at 5:50 PM, Sunita Rao <srao@pellucid.edu> wrote:
> Three of our instructors say the quiz builder deletes their drafts if the session times out. They're upset, one lost a whole midterm.

That's awful to hear. Our engineers reproduced it this morning and the fix, autosave every 30 seconds, goes out Tuesday night.

> Is there any way to recover what they lost?

Yes. Drafts are kept on our side for 14 days. If you send me the instructors' emails, I'll restore them today.

Thanks,
Hal
""", [("GR", "That's awful to hear.")]),

C("board-vendor-freeze-smartquotes", "txt", """
Hi Marta,

It sounds like the board’s “no new vendors until Q2” rule puts the analytics project on ice, and you’re stuck between a team that wants it and a freeze you can’t change.

Would it help if I sent a one-page summary you could take to the board in Q2, with the pilot scoped so it starts the day the freeze lifts?

Best,
Aaron

On Wed, Dec 2, 2026, Marta Silva wrote:
> The board says “no new vendors until Q2.” My team wants this, but I can’t change the freeze.
"""),

C("agency-sloppy-reports-agreed", "txt", """
Hi Graham,

Agreed, our reporting has been sloppy the last two months. Starting this week you'll get a Monday dashboard with spend, CPA and pipeline by channel, and I'll walk you through it live each month.

Could we do the first walkthrough Monday at 10?

Best,
Fiona
Beacon Growth

On Fri, Dec 4, 2026, Graham Holt wrote:
> Fiona, the reports have been sloppy for two months. Wrong numbers in October, late in November. I'm starting to question the retainer.
""", [("CF", "Agreed, our reporting has been sloppy the last two months"),
      ("SBA", "Starting this week you'll get")]),

C("cold-endoscopy-not-but", "txt", """
Subject: Faster turnover in your endoscopy suite

Hi Ms. Carver,

The bottleneck in most endoscopy suites we visit is not the procedure but the reprocessing queue. Our CleanCycle AER handles two scopes per 28-minute cycle, and St. Jude's in Fresno cut room turnover by 11 minutes after installing it.

Could I bring a unit by for a week-long trial in January?

Regards,
Paul Ferreira
"""),

C("recruiter-fee-appreciate", "txt", """
Rep: Thanks for calling back, Helen. You mentioned you'd had a chance to review our fee proposal?
Client: I did. 25% of first-year salary is more than we've ever paid. Our last agency charged 18.
Rep: I appreciate where you're coming from. But our fill rate for senior finance roles is 92%, and we guarantee the hire for six months. Can I show you what that guarantee has saved two of our clients?
Client: Go ahead.
""", [("SE", "I appreciate where you're coming from"), ("BB", "But", "I appreciate where")]),
]
