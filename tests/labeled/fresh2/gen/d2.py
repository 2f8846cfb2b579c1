from build import C, L

CASES = [
C("payroll-however-nocomma", "txt", """
Hi Gareth,

Missing two payroll runs because the tax tables weren't updated is exactly the
kind of thing that keeps an HR lead up at night, and I get why you're
questioning the renewal. Your doubts about the renewal make sense however the
annual contract still runs through June. Would a call with our payroll lead on Monday help us map out
the fix and the credit together?

Regards,
Fiona

On Wed, Mar 4, 2026, Gareth Lloyd wrote:
> We missed two payroll runs because your tax tables weren't updated. I'm
> seriously questioning the renewal.
""", [L("but-bridge", "however", "make sense however")]),

C("ecommerce-returns-sba-inline", "txt", """
Hi Carla, answers inline below.

On Mon, Feb 2, 2026 at 11:30 AM, Carla Duarte wrote:
> We're drowning in return requests since the holidays and your portal makes
> customers print labels, which half of them can't do.

Version 4 of the portal generates QR-code labels that customers show at any
drop-off point, no printer needed. I can switch it on for your store this week.

> Also, how long does the refund sync to Shopify take?

Usually under an hour.

Best,
Jonah
""", [L("solution-before-acknowledgment", "Version 4 of the portal generates")]),

C("hospital-linen-but-next-sentence", "txt", """
AE: Thanks for walking me through the laundry contract, Nurse Manager Adeyemi.
Buyer: The last vendor kept short-shipping scrubs, and my night shift ended up
wearing mismatched sets for a month. I don't want to go through that again.
AE: A month of short-shipped scrubs and mismatched sets on the night shift is
a miserable way to run a ward. But our par-level tracking flags a short
shipment before the truck leaves the plant. Could I show you the tracker on
Thursday with your charge nurse?
Buyer: Thursday works.
""", [L("but-bridge", "But", "a miserable way to run a ward. But")]),

C("property-mgmt-fair-point-conceded", "txt", """
Hi Steph,

I can see why the maintenance portal has your tenants annoyed after three
weeks of unanswered repair tickets. Fair point, the app is clunkier than the
one your last management company used. Would you like me to set up a
walk-through with your tenant committee next Wednesday so they can tell us
what's getting in the way?

Thanks,
Ruben

On Tue, Mar 10, 2026, Stephanie Wu wrote:
> Tenants are annoyed. Three weeks of unanswered repair tickets, and the app
> is clunkier than what our last management company had.
""", [L("conceded-fact", "Fair point, the app is clunkier than the", "Fair point, the app is clunkier")]),

C("gym-membership-hear-ya", "txt", """
Customer: I want to cancel. I've been charged twice this month and nobody
answered my two emails.
Agent: I hear ya. Being charged twice and getting no answer to two emails
would make anyone want to cancel. I'm refunding the duplicate charge now; can
I also pause the membership for a month while you decide?
Customer: Just the refund for now.
""", [L("scripted-empathy", "I hear ya")]),

C("cold-sequence-step3-touching-base", "txt", """
Subject: Step 3 - {{first_name}}, quick idea for {{company}}

Hi {{first_name}},

Touching base once more on cold-chain monitoring for {{company}}'s vans.

{{company}} runs {{van_count}} refrigerated vans; our sensors alert your
dispatcher the moment a door is left open. Happy to send a one-page case study
from a dairy distributor. Want it?

{{sender_name}}
""", [L("follow-up-cliche", "Touching base")]),

C("anything-but-trap", "txt", """
Hi Roshni,

You said the last two quarterly reviews felt anything but useful, with slides
full of vanity metrics and nothing your store managers could act on.

For the next review I'd like to bring three store-level changes and the sales
impact of each. Could we book 45 minutes the week of the 20th?

Tom

On Fri, Mar 6, 2026, Roshni Mehta wrote:
> The last two quarterly reviews were anything but useful. Slides of vanity
> metrics, nothing my store managers could act on.
""", []),

C("utility-outage-sba-fix-made", "txt", """
Hello Mr. Abernathy,

We've already replaced the faulty transformer on Elm Row, and crews are
checking every meter on the street this afternoon. Your account will get an
automatic credit for the four days.

Would you like a call from the field supervisor when the checks are done?

Kind regards,
Valley Electric Customer Relations

On Sun, Feb 15, 2026, Harold Abernathy wrote:
> Four days without power in February with an elderly mother in the house.
> Nobody from your company told us anything.
""", [L("solution-before-acknowledgment", "We've already replaced the faulty transformer")]),

C("sdr-script-ewd-turn", "txt", """
SDR: Hi Marcus, it's Zoe from Ledgerline. Is now an okay time?
Prospect: Barely. We just came out of an audit where our reconciliations were a
mess, and I'm not in the mood for another tool.
SDR: Coming straight out of an audit with messy reconciliations, the last
thing you need is another tool landing on your desk. An audit like that is draining.
Prospect: It is.
SDR: Would it be worth ten minutes next week to see how two other controllers
cleaned up reconciliations before their next audit?
Prospect: Maybe. Send me something first.
""", [L("empathy-without-direction", "An audit like that is draining.")]),

C("bakery-pos-no-big-deal", "txt", """
Hi Aurelie,

I'm sorry the POS froze during the Saturday morning rush and your queue went
out the door. Honestly, it's no biggie, a reboot clears it. Can I remote in
tomorrow at 6 a.m. before you open and update the firmware so it doesn't happen
again?

Thanks,
Kwame

On Sat, Feb 28, 2026, Aurelie Fontaine wrote:
> The POS froze in the Saturday morning rush. The queue went out the door and
> people left without buying.
""", [L("minimizing-language", "it's no biggie")]),

C("agency-retainer-correction-trap", "txt", """
Hi Bettina,

It sounds like the worry isn't the retainer itself but the fact that last
year's agency billed for hours nobody could account for.

We'd share a live timesheet every Friday so your team sees every hour as it is
logged. Could I walk your ops lead through a sample timesheet on Tuesday?

Regards,
Jamal

On Thu, Mar 19, 2026, Bettina Krause wrote:
> I don't mind a retainer. What bothers me is that last year's agency billed
> for hours nobody could account for.
""", []),

C("cfo-call-pressure-price-rise", "txt", """
**AE:** Thanks for being straight with me, Helen.
**CFO:** Look, we're under a hiring freeze and I can't justify new software
spend until Q3.
**AE:** A hiring freeze makes every new line of software spend hard to justify
before Q3, and that puts you in a tight spot. One thing to keep in mind:
list pricing goes up 15% on April 1st. Would it help to sign now with billing
starting in Q3?
**CFO:** I'll think about it.
""", [L("pressure-after-empathy", "list pricing goes up 15% on April 1st")]),

C("recruiting-but-agreement", "txt", """
Hi Dominic,

Losing three hires at offer stage in one quarter is painful. You're right to
push on it, but our placement fee is already below market. Could we look at
what's happening at offer stage together on Thursday?

Best,
Sunita

On Mon, Mar 23, 2026, Dominic Reyes wrote:
> Three hires fell through at offer stage this quarter. I'm not paying a full
> placement fee for that kind of result.
""", [L("but-bridge", "but", "push on it, but our placement fee")]),

C("handbook-silence-say", "md", """
---
title: Re-engaging quiet prospects
owner: SDR enablement
---

# Re-engaging quiet prospects

Reps tend to send "just checking in" after a week of silence. Don't. It reads
as chasing and gives the prospect nothing to answer.

## What to say

Try:

> I sense the timing might not be right for the warehouse project, am I
> reading that correctly?

## What not to say

- Avoid: "Just following up on my last email!"
- Don't say: "Bumping this to the top of your inbox."
""", []),

C("wedding-venue-stock-pain", "txt", """
Hi Claire and Ahmed,

I feel your pain. Finding out the marquee supplier went bust six weeks before
the wedding is awful, and I can see why you're nervous about booking anything
new. Our in-house marquee team could do your date; can I send you photos of the
two sizes that fit 120 guests?

Warmly,
Rosa, Hollybrook Barns

On Sun, Mar 1, 2026, Claire Benson wrote:
> Our marquee supplier went bust six weeks before the wedding. We're nervous
> about booking anything new.
""", [L("scripted-empathy", "I feel your pain")]),

C("manufacturing-quote-sba-discount", "txt", """
Rep: Where did you land on the quote for the CNC retrofit?
Buyer: It's a lot. The shop down the road got theirs done for about 30% less,
and my owner will never sign off on this number.
Rep: We can knock 10% off if you commit to both lathes, and our retrofit comes
with a two-year spindle warranty the other shop won't have. Would that get it
over the line?
Buyer: I doubt it.
""", [L("solution-before-acknowledgment", "We can knock 10% off")]),

C("all-but-finished-trap", "txt", """
Hi Walt,

Good news on the Dunmore site: the electrical rough-in is all but finished,
and the inspector is booked for the 9th.

Can we walk the second floor together on Friday morning to confirm the panel
locations?

Regards,
Irene, Castlemoor Build
""", []),

C("childcare-app-at-least", "txt", """
Hi Jess,

I'm sorry the parent app didn't send the pickup alert on Tuesday, and that you
found out about the early closure from another parent at the gate. At least
your daughter was safe with the staff the whole time. I've asked our engineer
to check the alert logs for your centre; can I call you tomorrow at 5 with what
we find?

Best,
Nadia

On Tue, Mar 24, 2026, Jess Moran wrote:
> Your app never sent the pickup alert. I found out about the early closure
> from another parent at the gate.
""", [L("minimizing-language", "At least", "gate. At least")]),

C("prospect-any-updates", "txt", """
Hi Leon,

Any updates on your side re: the badge reader quote? Happy to adjust the
number of doors if that helps.

Thanks,
Maya
""", [L("follow-up-cliche", "Any updates on your side")]),

C("accounting-firm-generic-plus", "txt", """
Hi Mr. Lindqvist,

Ugh, that's the worst. I'd like to get your two partners on a call with our
implementation lead this Friday to rebuild the engagement letters in bulk. Does
10 a.m. suit?

Best,
Ola

On Wed, Mar 11, 2026, Per Lindqvist wrote:
> Every engagement letter template came over from the old system with the
> merge fields broken. My partners have been fixing them one by one.
""", [L("generic-reflection", "Ugh, that's the worst.")]),

C("helpdesk-bug-report-fix-clean", "txt", """
Hi Ravi,

Thanks for reporting this. The CSV export on Safari 17 is fixed in release
2.8.3, which went out this morning; a hard refresh will pick it up.

Cheers,
Lotte, Support

On Thu, Mar 26, 2026, Ravi Shankar wrote:
> The CSV export button does nothing on Safari 17. Works fine in Chrome.
""", []),

C("insurance-broker-though", "txt", """
Hi Adaeze,

It's completely understandable that the 22% premium increase has your board
asking whether to keep the cover at all, though every carrier in the market has
moved the same way on property risk this year. Could I bring two alternative
structures to your board meeting on the 14th?

Kind regards,
Fergus

On Tue, Mar 3, 2026, Adaeze Nwosu wrote:
> A 22% premium increase. My board is asking whether we keep the cover at all.
""", [L("but-bridge", "though", "at all, though every carrier")]),
]
