from build import C, L

CASES = [
C("freight-rate-hike-but", "txt", """
Hi Marisol,

Thanks for the quick turnaround on the lane data.

I can see why a 9% jump on the per-pallet rate floored you when you'd budgeted
for flat pricing, but the diesel surcharge is baked into every carrier's
numbers this year. Could I join your call with the controller on Thursday and
walk through the lane-by-lane math with both of you?

Best,
Dev

On Tue, Mar 3, 2026 at 9:14 AM, Marisol Vega <mvega@tidewaterfoods.com> wrote:
> Honestly the new per-pallet rate floored me. We budgeted for flat
> pricing and now I have to explain a 9% jump to our controller.
""", [L("but-bridge", "but", "pricing, but the diesel")]),

C("clinic-scheduler-sba", "txt", """
Dr. Okafor,

Our scheduling module now syncs with Epic in under five minutes, and we include
two weeks of on-site training at no extra cost. I've attached the brochure.

If the double-booking keeps landing on your front desk, I'd like to show Renata
the sync settings on a 20-minute call. Does Wednesday at 3 work?

Warmly,
Priya

On Fri, Jan 9, 2026, Dr. Emeka Okafor wrote:
> Frankly I'm fed up. Your scheduler double-booked three patients last week
> and my front desk took the heat for it.
""", [L("solution-before-acknowledgment", "Our scheduling module now syncs")]),

C("school-tablets-scripted", "txt", """
Rep: Thanks for making time, Principal Harlow. Where do things stand with the
tablet rollout?
Client: Not great. Half the teachers still can't log in, and parents are emailing
me every night about missing homework.
Rep: I totally get where you're coming from. Teachers locked out and parents
emailing nightly is a lot to absorb in the first month. Would it help if I sent
our login specialist to the staff meeting on Monday to sort the accounts live?
Client: That would help, yes.
""", [L("scripted-empathy", "I totally get where you're coming from")]),

C("dishwasher-warranty-conceded", "txt", """
Hello Mr. Brandt,

On 14 Feb 2026, Tomas Brandt wrote:
> I looked at the extended warranty and it's a rip-off. $290 for a
> dishwasher that cost six hundred?

I can see why paying nearly half the dishwasher's price again for cover feels
hard to swallow. Yeah, at $290 our plan is a rip-off for a machine at that
price point. Would you like me to quote the two-year parts-only option instead?

Kind regards,
Lena, Customer Care
""", [L("conceded-fact", "Yeah, at $290 our plan is a rip-off")]),

C("hotel-group-clean-reflection", "txt", """
Hi Giselle,

It sounds like the last booking platform left your front-desk team re-entering
reservations by hand during peak season, and you're wary of going through
that again before the summer rush.

Would it help if I set up a sandbox with a copy of last July's reservations so
your night manager can try the import herself? I could have it ready by Tuesday.

Thanks,
Rafael

On Mon, Apr 6, 2026 at 4:02 PM, Giselle Moreau <gm@harbourinns.co> wrote:
> Our last booking platform had my front-desk team re-entering reservations by
> hand in peak season. I'm wary of going through that again before summer.
""", []),

C("sdr-bump-inbox", "txt", """
Subject: Re: fleet telematics for Carver Haulage

Hi Owen,

Bumping this back up to the top of your inbox in case it slipped past during
month-end. Would a 15-minute look at the idle-time report be useful next week?

Cheers,
Hana
""", [L("follow-up-cliche", "Bumping this back up to the top of your inbox")]),

C("nonprofit-donor-crm-ewd", "txt", """
Dear Abigail,

On Wed, Feb 18, 2026, Abigail Torres wrote:
> The migration ate our donor notes. Three years of relationship history for
> our major gifts officers, gone, right before the spring gala.

Losing three years of donor notes right before the spring gala is a gut punch,
especially for major gifts officers who lean on that history for every call.
I'm so sorry the migration did that to your team. It makes complete sense that
you're angry about the donor notes.

Marcus
""", [L("empathy-without-direction", "It makes complete sense that", "It makes complete sense")]),

C("roofing-minimize-delay", "txt", """
Agent: Thanks for calling Summit Roofing, this is Jade.
Customer: Hi, my crew date got pushed again. The tarp's been on the house for
two weeks and it rained through last night.
Agent: I'm sorry the crew date moved again while the tarp has been up for two
weeks, and with rain last night that's worrying. It's only a three-day slip
this time. Can I book you the Friday 7 a.m. slot and have the foreman call you
tonight to check the tarp?
Customer: Fine, Friday.
""", [L("minimizing-language", "It's only a three-day slip")]),

C("saas-renewal-pressure", "txt", """
Hi Neil,

Renewing at 80 seats while your headcount plan is still up in the air is a
real worry for a finance lead, especially if you might land closer to 60. Heads-up that the current per-seat rate expires on the 31st, after
which it moves to the new list price. Can we get 20 minutes on Thursday to
look at a seat band that flexes?

Regards,
Celine

> Neil Park wrote:
> We're nervous about renewing at 80 seats when our headcount plan for next
> year isn't final. We might land closer to 60.
""", [L("pressure-after-empathy", "the current per-seat rate expires on the 31st")]),

C("cold-opener-pitch-clean", "txt", """
Hi Farah,

Saw that Linden Dental just opened its fourth location in Leeds. Congrats.

Our patient-recall tool sends reminders by text and email, fills cancelled
slots from a waitlist, and typically cuts no-shows by a fifth within a quarter.
We offer a 30-day pilot at one site.

Would it be worth a 20-minute look next Tuesday or Wednesday?

Best,
Callum
""", []),

C("only-but-also-trap", "txt", """
Hi Desmond,

It sounds like the sticking point is that your warehouse leads worry the
scanners will slow the morning pick, right when the trucks are lining up.

The pilot we'd run is not only two weeks long but also limited to one aisle,
so the morning pick elsewhere stays untouched. Could we pick the aisle together
on a call Friday?

Ines

On Thu, Mar 12, 2026 at 7:48 AM, Desmond Achebe wrote:
> My warehouse leads are worried the scanners will slow down the morning pick,
> right when trucks are lining up.
""", []),

C("insurance-claim-apology-inconvenience", "eml", """
From: Claims Desk <claims@northgateinsure.example>
To: Paula Hendry <p.hendry@example.com>
Subject: Re: claim 44-1982 still pending
Date: Thu, 05 Mar 2026 10:21:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Ms Hendry,

Please accept our apologies for any inconvenience this delay has caused. I
realise your claim for the burst pipe has been pending for six weeks while
you've been living with the damp. Your adjuster, Karim, can visit on Monday
morning. Shall I confirm 9:30?

Yours sincerely,
Beth Lyall
Claims Team

-----Original Message-----
From: Paula Hendry
Sent: 04 March 2026 18:02
Subject: claim 44-1982 still pending

Six weeks and nobody has come to look at the burst pipe damage. We are living
with damp walls. This is disgraceful.
""", [L("scripted-empathy", "Please accept our apologies for any inconvenience")]),

C("buyer-own-situation-but", "txt", """
AE: So where does the pilot sit on your list this quarter?
CTO: Honestly, I want the observability pilot, but my team is already
stretched across two migrations.
AE: You want the observability pilot but your team is already stretched across
two migrations, that's a hard spot. What if we scoped it to one service and
our engineer did the instrumentation, so your team reviews rather than builds?
CTO: That I could sell internally.
""", []),

C("marketing-agency-generic", "txt", """
Hi Joanna,

That sounds really rough. Would you be open to a 30-minute working session on
Monday where we rebuild the March report together from the raw ad data?

Best,
Theo

On Fri, Apr 3, 2026, Joanna Pike wrote:
> The monthly report went to our board with the wrong spend figures. I had to
> walk the chair through a correction in front of everyone.
""", [L("generic-reflection", "That sounds really rough.")]),

C("construction-bid-sba-however", "txt", """
Subject: Re: revised bid for Eastgate parking structure

Hi Lorraine,

We can hold the steel price for 45 days and add a second crane at no charge,
which takes three weeks off the schedule. Our safety record on the last four
parking structures is spotless.

I understand the bid came in well above what the owner's rep expected, and
that puts you in an awkward spot with them. Can we go line by line on Tuesday?

Regards,
Sam Odell

> From Lorraine:
> This came in 18% over the owner's rep's estimate. I'm not sure I can even
> bring it to them.
""", [L("solution-before-acknowledgment", "We can hold the steel price for 45 days")]),

C("handbook-price-objection", "md", """
# Price objections: talk tracks for the retail team

When a shopper balks at the price of the premium mattress, slow down. Don't
argue about the number first.

## Objection: "That's way more than I wanted to spend on a mattress."

| Avoid | Say instead |
|---|---|
| "I hear you, but it's an investment." | "It sounds like this is more than you planned to spend on a mattress. What range did you have in mind?" |
| "Don't worry, it's only a few dollars a night." | "What budget felt comfortable when you came in?" |

Say:

> It sounds like this is more than you wanted to spend on a mattress. What
> range did you have in mind when you walked in today?

Coaching note: touch base with your floor lead if a customer asks about
financing more than once.
""", []),

C("telecom-chat-conceded-but", "txt", """
Customer: Your fibre plan drops every evening around 8 and honestly
it's flakier than the cable I had before.
Agent: I'm sorry the fibre keeps dropping around 8 every evening, that's
exactly when everyone at home wants it. You're right, our service has been
flakier than your old cable this month, but the engineer visit tomorrow should
fix the line fault. Can I book the 8-10 a.m. window for you?
Customer: ok
""", [L("conceded-fact", "You're right, our service has been", "You're right, our service"),
      L("but-bridge", "but", "flakier than your old cable this month, but")]),

C("edtech-pressure-scarcity", "txt", """
Hi Coach Rivera,

It's clear the budget freeze has your athletic department waiting on every
purchase, and asking the district for a new line item mid-year is no small
thing. Just so you know, we only have two district onboarding cohorts left
before the spring season. Could we set up a call with your AD on Tuesday to see
if a split payment fits?

Best,
Noor

On Mon, Jan 12, 2026, Coach Ana Rivera wrote:
> With the budget freeze the athletic department is waiting on every
> purchase. Asking the district for a new line item mid-year is a big ask.
""", [L("pressure-after-empathy", "we only have two district onboarding cohorts left")]),

C("nothing-but-praise-trap", "txt", """
Hi Yusuf,

Glad the pilot went well. Your dispatchers have had nothing but praise for
the new route board, which is lovely to hear.

For the wider rollout I'd suggest we start with the Bristol depot. Can I send
over a two-week plan on Friday?

Cheers,
Anika
""", []),

C("circling-back-cold", "txt", """
Hi Priyanka,

Circling back on my note from last week about automating your AP approvals.

Teams your size usually save about 30 hours a month on invoice chasing. Worth
a quick chat on Thursday?

Thanks,
Elliot
""", [L("follow-up-cliche", "Circling back")]),

C("legal-billing-ewd-generic", "txt", """
Dear Mr. Castellanos,

What a frustrating experience. That must have been so upsetting.

Kind regards,
Imogen Hart
Client Services, Hart & Vail LLP

On Tue, Mar 17, 2026, Luis Castellanos wrote:
> We were billed for eleven hours of associate time on a filing that was
> rejected for a missing signature page.
""", [L("generic-reflection", "What a frustrating experience."),
      L("generic-reflection", "That must have been so upsetting."),
      L("empathy-without-direction", "That must have been so upsetting.")]),

C("solar-install-ok-pitch-after-ack", "txt", """
Hi Brenda,

It sounds like the last installer left you with panels on the roof and no
working inverter for two months, so I can see why you'd be cautious about
letting anyone else up there.

Here's how we handle it differently: one crew does the panels and the inverter
on the same day, and you get a text when the system goes live. Would you like
me to send the references from two customers in Crestview who switched from the
same installer?

Best,
Omar, Brightfield Solar

On Sat, Feb 21, 2026, Brenda Kowalski wrote:
> The last installer left me with panels on the roof and no working inverter
> for two months. I'm cautious about letting anyone else up there.
""", []),

C("saas-chat-calm-down", "txt", """
Customer: the dashboard has been blank since this morning and my VP wants the
numbers by noon, this is a nightmare
Agent: I'm sorry the dashboard went blank on the very morning your VP wants the
numbers. Please calm down, the team is already on it. Can I export
the raw numbers to a spreadsheet for you right now so you have something for
noon?
Customer: yes please
""", [L("minimizing-language", "Please calm down")]),
]
