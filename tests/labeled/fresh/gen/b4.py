from build import C

CASES = [
C("westgate-second-tenant", "txt", """
Hi Gordon,

That's a lot on your plate right now. The Westgate unit checks every box from your brief, and the landlord told me this morning he has a second tenant ready to sign, so we'd need your LOI by Friday to stay in front.

Can I send the draft LOI tonight?

Best,
Maribel

On Fri, Dec 4, 2026, Gordon Shaw wrote:
> Our lease ends in April and the board still hasn't approved the expansion budget. I can't commit to anything until they do.
""", [("GR", "That's a lot on your plate right now."),
      ("PAE", "has a second tenant ready to sign")]),

C("cracked-mug-emoji", "txt", """
Hi Priya,

I'm so sorry your order arrived with the blue mug cracked, especially since it was a birthday gift 😞

A replacement shipped this morning by express, and there's no need to send the broken one back. Would you like me to add a gift note to the new parcel?

Best,
Jonas
Clay & Kiln

> The blue mug in my order arrived cracked. It was a birthday gift and now I have nothing for Saturday.
"""),

C("board-usage-hear-you-that", "txt", """
Hi Olu,

I hear you that the board wants to see three months of usage data before committing. Our year-end offer of 20% off the annual plan expires on the 31st, so a shorter pilot that wraps in December would let you lock it in.

Would a two-week pilot starting Monday work?

Best,
Cam
""", [("SE", "I hear you"), ("PAE", "expires on the 31st")]),

C("curtain-wall-everyone-but", "txt", """
Rep: You mentioned the general contractor has been slow to approve submittals. How is that affecting the curtain wall schedule?
Client: It's pushing everything. Everyone but the GC is ready to go, and the glass is sitting in our yard.
Rep: So everyone but the GC is ready and the glass is sitting in your yard waiting on submittals. Would it help if our project engineer called the GC's reviewer directly tomorrow to walk through the open comments?
Client: Yes, please.
"""),

C("front-desk-phones-no-direction", "txt", """
Hi Shauna,

It sounds like the new phone system has been a rough start for your front desk. Missing patient calls during the first week of a switch is stressful, and I'm sorry the hold music glitch made your practice look bad to callers.

Thanks,
Arjun
Voxline

On Fri, Dec 4, 2026, Shauna Greer wrote:
> Our front desk missed patient calls all week with the new phone system. And the hold music kept cutting out, callers thought we'd hung up on them. It made the practice look bad.
""", [("EWD", "Missing patient calls during the first week of a switch is stressful, and I'm sorry the hold music glitch made your practice look bad to callers.")]),

C("collections-tone-guide-email-fence", "md", """
# Collections outreach: tone guide

Avoid: "We understand your frustration, however payment is due."
Avoid: "It's only a small balance."

Use this template when a customer says they can't pay this month:

```email
Hi {{first_name}},

I hear you. However, the $240 balance needs to be paid by the 15th to avoid a late fee.

Let me know if you have questions.
```

Review every message before it goes out.
""", [("SE", "I hear you", "the $240 balance"), ("BB", "However", "the $240 balance"),
      ("PAE", "by the 15th to avoid a late fee"), ("EWD", "I hear you.", "the $240 balance")]),

C("recruiter-clicks-not-only", "txt", """
Hi Rachel,

It sounds like the last tool your recruiters tried added clicks instead of removing them, and they've lost patience with new software.

Sourcer not only pulls candidate profiles into your ATS automatically but also drafts the first outreach, so the click count goes down. Would it help to let two of your recruiters try it on a live req for a week?

Best,
Dominic

On Thu, Dec 3, 2026, Rachel Stein wrote:
> The last tool we tried added clicks instead of removing them. My recruiters have lost patience with new software.
"""),

C("fridge-leak-you-should", "txt", """
Agent: Hi, this is Mo at Kelvin Appliances. What's going on with your fridge?
Customer: The ice maker leaked again and ruined my kitchen floor. Second time this year. I'm done with this brand.
Agent: You should upgrade to the Kelvin Pro line, which has a leak sensor that shuts off the water line automatically. I can also send a technician Tuesday to repair the current unit under warranty. Which would you prefer?
Customer: Just fix it.
""", [("SBA", "You should upgrade to")]),

C("rail-intermodal-cold", "eml", """
From: Hugo Brandt <hugo@railbridge.eu>
To: Sven Aalto <sven.aalto@nordicpaper.fi>
Subject: Rail capacity Hamburg-Tampere, Q1
Date: Mon, 30 Nov 2026 08:00:12 +0100
Content-Type: text/plain; charset=utf-8

Hello Sven,

Nordic Paper moves most of its export volume by truck to Hamburg today. We run a weekly intermodal train from Tampere that cuts the CO2 per tonne by about 60% and costs roughly the same per container.

We have a few Q1 slots left on the Thursday departure. Would a 20-minute call next week be useful to compare against your current lanes?

Best regards,
Hugo
"""),

C("netsuite-sync-silent-clean", "txt", """
Hi Anita,

Since we spoke in October, we released the NetSuite sync you said was the missing piece for your finance team. It went live for all customers on Tuesday.

I sense the timing might still not be right, am I reading that correctly? If it is, would a 20-minute demo of the sync next week be useful?

Best,
Ravi
"""),

C("tutoring-grade-youre-right", "txt", """
Rep: Hi Mrs. Lopez, thanks for staying after the parent night. You had a question about the tutoring subscription?
Customer: I do. We've paid for four months and Maya's math grade hasn't moved. I'm wondering what we're paying for.
Rep: Four months of paying without seeing Maya's math grade move would make me wonder too. You're right, the program hasn't done enough for her to justify the cost so far.
Customer: So what now?
Rep: Can I pull her session history and set up a 15-minute call with her tutor this week to go over it together?
Customer: Okay.
""", [("EWD", "Four months of paying without seeing Maya's math grade move would make me wonder too."),
      ("CF", "You're right, the program hasn't done enough for her to justify the cost so far")]),

C("placement-fee-talk-track", "md", """
# Client side: handling "your fee is too high"

Bad: "I totally get it, but that's our standard rate."
Bad: "Don't worry, it pays for itself."

Talk track:

```text
Rep: It sounds like a 22% fee feels high for a role you could post yourself. What's made the role hard to fill on your own so far?
Client: We've had it posted for ten weeks with no qualified applicants.
Rep: Ten weeks with no qualified applicants is a long time to have a seat empty. I can send you three anonymized profiles by Thursday so you can judge whether they're worth the fee. Would that help?
```
"""),

C("late-deliverables-totally-fair", "txt", """
Hi Lionel,

Missing your launch because of us is the worst outcome, and I'm sorry. Totally fair, our last two deliverables were late. But we've since added a second designer to your account, so turnaround is now three days.

Could we set a 30-minute check-in every Monday so you see progress before anything is due?

Best,
Hanna

On Fri, Dec 4, 2026, Lionel Dumas wrote:
> Hanna, the last two deliverables were late and the second one missed our launch. I need to know this won't keep happening.
""", [("CF", "Totally fair, our last two deliverables were late"), ("BB", "But", "Totally fair")]),

C("static-ip-plain-request", "txt", """
Hi Irene,

Yes, the Business 500 plan includes a static IP at no extra charge, and we can add a second one for $10 a month.

Installation is available from December 14. Would you like me to book the earliest slot?

Thanks,
Pavel

On Fri, Dec 4, 2026, Irene Moss wrote:
> Does the Business 500 plan include a static IP? We need two for the office.
"""),

C("infosec-questionnaire-crlf", "txt", """
AE: Last time you said procurement flagged our security questionnaire. Where did that land?
CTO: Still stuck. Our infosec team has 40 open questions and they're understaffed.
AE: That sounds like a tough spot. If we can get the questionnaire closed by Friday, I can still honor the Q4 pricing, which goes up 12% in January. Could I get our security lead on a call with your infosec team Wednesday?
CTO: Maybe Thursday.
""", [("GR", "That sounds like a tough spot."), ("PAE", "goes up 12% in January")], crlf=True),

C("walk-in-cooler-try-not-worry", "txt", """
Hi Bernadette,

Try not to worry about the walk-in cooler. I know losing the seafood order on Friday was painful, and our technician replaced the compressor relay on Saturday, so it's holding 36°F again.

I'd like to send him back Wednesday for a full inspection. Does 8am before prep work for you?

Best,
Carl
Polar Kitchen Service

On Sun, Dec 6, 2026, Bernadette Lam wrote:
> The walk-in died Friday night. We threw out $2,000 of seafood. I can't go through that again before the holidays.
""", [("ML", "Try not to worry")]),

C("ultrasound-capital-appreciate", "eml", """
From: Serena Wolfe <swolfe@aurisimaging.com>
To: Dr. Paul Osei <posei@valleygeneral.org>
Subject: Re: Ultrasound replacement timing
Date: Thu, 3 Dec 2026 11:45:00 -0500
Content-Type: text/plain; charset=utf-8

Dr. Osei,

I appreciate that the capital committee pushed the ultrasound replacement to the next fiscal year, and I know your sonographers were counting on the new units. But we'd still recommend keeping the current machines on a full service contract until the new ones arrive.

Would it help if I put together a bridge service quote for April through June so the committee can see both options side by side?

Serena Wolfe
Auris Imaging

On Wed, Dec 2, 2026, Dr. Paul Osei wrote:
> The capital committee pushed the ultrasound replacement to next fiscal year. My sonographers were counting on those units and they're disappointed.
""", [("BB", "But", "But we'd still recommend")]),

C("approvals-goes-further", "txt", """
Hi Adaeze,

Our tool goes further than Trellis on approvals: multi-step routing, Slack approvals, and an audit trail your auditors can export. I've put together a migration plan that keeps your current workflows intact.

Could I walk you and your ops lead through it Thursday?

Best,
Callum

On Fri, Dec 4, 2026, Adaeze Nwosu wrote:
> We're pretty happy with Trellis and I don't see a reason to go through another migration.
""", [("SBA", "Our tool goes further than Trellis")]),

C("gym-cancel-fee-thats-fair", "txt", """
Hi Dylan,

I'm sorry the move to Denver means leaving the club after five months; switching cities is a lot on its own.

That's fair, the $150 cancellation fee is unreasonable when you're moving out of state. I've asked our membership manager to review it, and I'll email you her decision by Wednesday. Is this the best address to reach you?

Best,
Tara
Summit Fitness

> I'm moving to Denver for work. Why should I pay a $150 cancellation fee when you don't have a club there?
""", [("CF", "That's fair, the $150 cancellation fee is unreasonable when you're moving out of state")]),

C("voicemail-touching-base", "txt", """
Voicemail script, third attempt (no reply since the Nov 12 quote)

Rep: Hi Tomas, it's Greta from Precision Cast. Just touching base on the quote for the pump housings. We've held the tooling slot for January, and I'd like to know whether that still fits your build plan. Could you call me back at 555-0143 or reply to my email?
""", [("FUC", "Just touching base")]),

C("calendar-timezone-bug-fix", "txt", """
Hi Mateo,

Thanks for the detailed steps. The timezone offset on recurring meetings was a bug in our calendar sync; we released the fix in 6.4.1 last night, and your existing meetings were corrected automatically.

If any meeting still shows the wrong time, send me its link and I'll fix it by hand.

Best,
Ula

On Sat, Dec 5, 2026, Mateo Rossi wrote:
> Recurring meetings created from the Outlook add-in show up one hour late in your web app. Steps: create weekly meeting in Outlook, open Calendarly web, see +1h.
"""),

C("home-premium-only-33", "txt", """
Agent: Thanks for holding, Mr. Ito. I've got your renewal pulled up. What questions do you have?
Customer: Why did my home policy go up $400? I didn't file anything. This feels like a bait-and-switch.
Agent: Our premiums are based on rebuild costs in your zip code, which rose 14% this year. It's only about $33 a month more, and I can look for a bundling discount with your auto policy. Want me to check?
Customer: Fine.
""", [("SBA", "Our premiums are based on"), ("ML", "It's only about $33 a month more")]),

C("appraisal-gap-tab-nofinal", "txt", """
Hi Fatima,

It makes sense that you're nervous about the appraisal coming in low after what happened on Cedar Lane, when you had to bring $18,000 extra to closing.

Two things I'd suggest:
\t1. We include an appraisal gap clause capped at $10,000.
\t2. I send the appraiser our comps package on the day of the visit.

Would you like me to draft the offer that way tonight?

Best,
Noah

> After Cedar Lane I'm nervous about the appraisal. We had to bring $18,000 extra to closing last time.
""", final_newline=False),

C("monthly-plan-before-dec15", "txt", """
Hi Yusuf,

There's a monthly plan now at $49 a seat with no annual commitment. I know the annual contract was what worried your CFO after the last vendor locked you in for three years.

Monthly billing is only available for sign-ups before December 15, so it'd be worth getting the order form over this week. Can I send it today?

Best,
Nell

On Thu, Dec 3, 2026, Yusuf Karim wrote:
> Our CFO won't sign another annual contract. The last vendor locked us in for three years and we couldn't get out.
""", [("SBA", "There's a monthly plan now"), ("PAE", "only available for sign-ups before December 15")]),

C("hot-tub-not-heater-but-breaker", "txt", """
Hi Ruth,

I'm sorry the hot tub at the cabin was out of service for your whole weekend; you booked it for that hot tub.

The problem was not the heater but a tripped breaker the cleaning crew missed, and we've added it to their checklist. I've refunded $150 for the two nights. Would you like me to hold the same cabin for Presidents' Day weekend at the same rate?

Best,
Kofi
Pinecrest Cabins

> The hot tub was out the whole weekend. We booked this cabin for the hot tub.
"""),

C("onboarding-circling-completely", "txt", """
Hi Colin,

Just circling back on the onboarding proposal. I completely understand if things are hectic with year-end.

Would it be easier if I sent a two-paragraph summary your team could review async?

Best,
Pia
""", [("FUC", "Just circling back"), ("SE", "I completely understand")]),

C("remodel-site-visit-handbook", "md", """
# Site-visit objections

Use these on walk-throughs with homeowners. Keep your tone level; don't over-promise dates.

## Homeowner: "The last contractor left our kitchen gutted for four months."

> That sounds awful. We schedule every trade before demo starts, so your kitchen is never open without a crew on it. Can I show you the schedule from the Miller job down the street?

## Homeowner: "We're worried about going over budget."

> It sounds like going over budget is the biggest worry. Our contracts are fixed-price with a written change-order process, and I'd be glad to walk you through one line by line. Would that help?
""", [("GR", "That sounds awful.")]),

C("cold-austin-fiber-i-understand", "txt", """
Subject: Office connectivity for the Austin move

Hi Brianna,

I understand Kestrel moved its headquarters to the Domain in Austin this fall. Most of the buildings there are lit by two carriers, and we're one of them, with 10 Gbps dedicated fiber and a 4-hour repair SLA.

Could I send you pricing for the new suite?

Best,
Elliot
"""),

C("printers-clogged-generic-twice", "txt", """
Hi Ahmed,

That sounds incredibly stressful. This month must have been a grind.

Best,
Lars
Formwright

On Sat, Dec 5, 2026, Ahmed Saleh wrote:
> Three of the five printers we bought in September have clogged nozzles every week. Our prototype deadlines are slipping and my engineers are spending more time on maintenance than design.
""", [("GR", "That sounds incredibly stressful."), ("GR", "This month must have been a grind."),
      ("EWD", "This month must have been a grind.")]),

C("usage-dropped-renewal-check", "txt", """
Hi Camille,

I noticed your team's logins dropped by about half in November, mostly in the Lyon office. Has something changed in how that team is working?

If it's a training gap, I can run a 30-minute refresher for them next week.

Best,
Jonas
"""),
]
