from build import C

CASES = [
C("saas-seat-price-but", "txt", """
Hi Dana,

I can see why the jump from $18 to $24 a seat landed badly with your finance team, but the new tier includes SSO and audit logs you were asking about in March.

Would it help if I walked your controller through the line items on Thursday at 2pm?

Best,
Marcus

On Tue, Nov 3, 2026 at 9:14 AM, Dana Whitfield <dana@brightloop.io> wrote:
> Marcus, the renewal quote came in at $24 a seat. Last year we paid $18.
> Our finance team is not happy about that jump and I'm not sure I can defend it.
""", [("BB", "but", "landed badly")]),

C("3pl-missed-pickups-call", "txt", """
Rep: Thanks for making time, Priya. Where do things stand with the carrier switch?
Prospect: Honestly, we got burned. The last 3PL we onboarded missed half the pickups in the first month.
Rep: I hear you. Missed pickups in month one would make anyone gun-shy about switching again. What would you need to see from us in the first 30 days to feel safe?
Prospect: Daily pickup confirmations, and a named contact who actually answers.
Rep: We can do both. I'll send a sample confirmation report today and introduce you to Luis, who'd be your dedicated coordinator. Does Thursday work for a call with him?
""", [("SE", "I hear you")]),

C("cold-ledger-not-only", "txt", """
Subject: Cutting month-end close for Harbor & Pine

Hi {{first_name}},

Saw that {{company}} recently opened a third warehouse in Ohio, congrats. Growth like that usually means month-end close gets longer before it gets shorter.

Ledgerline not only reconciles your bank feeds nightly but also flags inventory write-offs before they hit the P&L. Teams like Corbel Supply closed four days faster in their first quarter.

Would a 20-minute walkthrough next Tuesday or Wednesday be useful?

Thanks,
Jordan
"""),

C("support-csv-safari-fix", "txt", """
Hi Tomás,

Thanks for the report and the screenshot. The CSV export was dropping the last column in Safari 17; we shipped a fix in version 4.12.3 this morning, so a refresh should pick it up.

If you still see it after refreshing, reply here with your browser version and I'll dig in.

Cheers,
Amira, Tallyhub Support

> Hi, exporting the invoice report to CSV in Safari cuts off the "Tax" column. Chrome works fine.
"""),

C("insurance-slow-claim-concede", "txt", """
Hi Ray,

Thanks for being straight with me about the claim last spring. Eleven weeks to settle a water-damage claim is a long time to wait when your tenants are displaced, and I'm sorry you went through that.

You're right, our claims handling was slow on that file. Since June, every commercial property claim gets an adjuster assigned within 48 hours, and I can show you the turnaround numbers for your region.

Could we set up 20 minutes on Friday to go through them before your renewal?

Regards,
Helen Ostrowski
Northgate Mutual

-----Original Message-----
From: Ray Castellanos
Sent: Monday, October 12, 2026 4:02 PM
To: Helen Ostrowski
Subject: Renewal

Helen, honestly I'm thinking about moving the building policy. Your team took eleven weeks to settle our water-damage claim and we had tenants displaced the whole time.
""", [("CF", "You're right, our claims handling was slow on that file")]),

C("meddevice-cart-latch-pitch", "txt", """
Dr. Mensah,

Our new SteriTrack 3 cart ships with a dual-lock drawer and a 5-year service warranty, so the latch failures you described are covered. We can swap your two units at no charge next week.

Which day works best for our field tech to come by the clinic?

Best regards,
Elena Vogt
Clinical Account Manager, Meridian Surgical

On Wed, Sep 16, 2026, Dr. Kwame Mensah wrote:
> Elena, the drawer latches on both carts have failed twice since August. My nurses are losing time every shift and frankly I'm losing confidence in Meridian.
""", [("SBA", "Our new SteriTrack 3 cart ships")]),

C("construction-steel-window", "txt", """
AE: Thanks for hopping on, Gary. You mentioned on the site walk that the steel delivery date has you worried about the pour schedule. Can you walk me through what a late delivery would cost you?
CFO: If the rebar shows up late we're paying a crew to stand around, and that's on top of the overruns we already have.
AE: You're paying for an idle crew on top of existing overruns, so I can see why the delivery date keeps you up at night. Honestly it's just a three-day window on our side, and we'd call you the morning of any slip. Could I send you our last six delivery records for Ridgeview jobs so you can see how often that window actually gets used?
CFO: Send them over.
""", [("ML", "just a three-day window")]),

C("recruiting-circling-back", "txt", """
Subject: Re: Senior backend search

Hi Nadia,

Circling back on the backend engineer search we discussed on the 2nd. We've since placed two senior engineers at fintechs of a similar size, both in under five weeks.

If the role is still open, would a 15-minute call on Tuesday or Wednesday work to compare notes on the profile?

Best,
Owen Pratt
Talentforge
""", [("FUC", "Circling back")]),

C("realestate-another-buyer", "txt", """
Hi Mr. and Mrs. Alvarez,

I know walking away from the Linden Street house after the inspection was hard, especially after you'd already picked out the nursery. It makes sense that you want to slow down before making another offer.

The Birchwood listing I sent Tuesday checks your list (three bedrooms, fenced yard, under $540k), and another buyer is already scheduling a second showing, so we'd want to get in this weekend.

Would Saturday at 10 work for a walkthrough?

Warmly,
Jen
""", [("PAE", "another buyer is already scheduling a second showing")]),

C("telecom-outage-apology-only", "txt", """
Hello Mr. Okafor,

Thank you for contacting Skyreach Fiber about the outages at your home office this week.

We apologize for any disruption this may have caused.
Losing the connection twice in the middle of client calls, on the business tier you pay for, is embarrassing.

Kind regards,
Skyreach Customer Care

> From: Daniel Okafor
> My internet has dropped four times since Monday, twice in the middle of client calls. I pay for the business tier and this is embarrassing.
""", [("SE", "We apologize for any disruption"),
      ("EWD", "Losing the connection twice in the middle of client calls, on the business tier you pay for, is embarrassing.")]),

C("fintech-payouts-two-sides", "md", """
**Prospect:** We want to move payouts to same-day, but our compliance team is nervous about adding another processor.

**AE:** So you want same-day payouts but don't want to hand compliance a new processor to vet, that's a real tension. What would compliance need to see to get comfortable: a SOC 2 report, or something more specific?

**Prospect:** SOC 2 plus a call with whoever owns your AML program.

**AE:** I can send our SOC 2 Type II today and set up a call with Rafaela, our BSA officer, next week. Does Tuesday afternoon suit your compliance lead?
"""),

C("hotel-attrition-generic", "txt", """
Hi Colette,

That sounds like a really tough stretch for your team.

For the spring conference, I'd like to propose holding the ballroom block with a 60-day release instead of 90, so you aren't locked in before registrations come in. Could we go over that on a call Thursday?

All the best,
Matteo Ricci
Events, Hotel Serrano

On Mon, Nov 16, 2026 at 8:40 AM, Colette Dubois <colette@ardentevents.com> wrote:
> Matteo, last year we were charged attrition fees on 40 rooms we released three weeks out. Our attendees cancelled because of the storm. I need to know that won't happen again before we sign.
""", [("GR", "That sounds like a really tough stretch for your team.")]),

C("retail-mixer-price-chat", "txt", """
Agent: Hi Sam, thanks for waiting. What can I help you with on your mixer order?
Customer: You charged me $189 for the stand mixer that was $149 in your weekend ad. I drove 30 minutes for that sale price and now I'm out forty bucks.
Agent: I get that driving 30 minutes for a sale price and then paying more is annoying, but the ad price ended Sunday at midnight and it's only $40 more than the sale. I can add a $15 store credit to your account. Would that work?
Customer: Not really.
""", [("BB", "but", "I get that driving"), ("ML", "it's only $40 more")]),

C("edtech-gradebook-no-next-step", "txt", """
Hi Professor Lindqvist,

Thank you for laying this out so clearly. Having the gradebook sync fail the night before midterm grades were due sounds genuinely stressful, and I'm sorry your TAs had to re-enter scores by hand.

It's completely understandable that the department is hesitant to roll Gradewell out to the other sections next term after that.

Best,
Kara Jennings
Customer Success, Gradewell

> The gradebook sync failed the night before midterm grades were due. My TAs re-entered 300 scores by hand. The department is now hesitant to roll this out to the other sections next term.
""", [("EWD", "It's completely understandable that the department is hesitant to roll Gradewell out to the other sections next term after that.")]),

C("agency-sequence-inbox", "md", """
# Sequence: Paid social audit (3 steps)

## Step 1, day 0

Hi {{first_name}},

Your Meta ads for {{company}} have been running the same three creatives since August. Accounts that rotate creative every two weeks usually see CPMs drop 15-20%.

We put together a free 10-point audit for DTC brands. Want me to run one on {{company}} and send it over Friday?

## Step 2, day 4

Hi {{first_name}},

Floating this back to the top of your inbox in case it got buried. The audit takes us about a day and there's no call required.

## Step 3, day 10

Hi {{first_name}},

I sense this might not be the right time for an audit, am I reading that correctly? If so, I'll stop reaching out.
""", [("FUC", "Floating this back to the top of your inbox")]),

C("hardware-racks-po-wednesday", "txt", """
Hi Andre,

I totally understand where you're coming from. Going from 6 weeks to 14 on the racks, with an expansion sitting idle, is a real problem.

We have units allocated to your region this month, and I can hold four for you if the PO reaches me by Wednesday.

Want me to send the updated quote now?

Thanks,
Priscilla

On Thu, Nov 19, 2026, Andre Lemaire wrote:
> Priscilla, we were quoted 6 weeks on the racks and it's now 14. I've got a data center expansion sitting idle. Not thrilled.
""", [("SE", "I totally understand where you're coming from"),
      ("PAE", "if the PO reaches me by Wednesday")]),

C("saas-inline-rate-limits", "txt", """
Hi Beth, answers inline below.

On Fri, Nov 20, 2026 at 3:11 PM, Beth Moreno <bmoreno@quillhr.com> wrote:
> 1. Does the Pro plan include the Workday connector?

Yes, it's included on Pro and above.

> 2. Our last vendor's API rate limits broke our nightly sync constantly, and IT still brings it up. What are yours?

I can see why IT is wary after nightly syncs kept breaking on rate limits. Ours is 1,000 requests per minute per tenant, and bulk endpoints don't count against it. I'm happy to set up a test tenant so your IT lead can run the nightly job against it this week, would that help?

> 3. Can we pay annually?

Yes, annual billing is available with net-30 terms.

Thanks,
Victor
"""),

C("inline-scanners-cold", "txt", """
Hi Ken, my answers are between your lines.

On Mon, Nov 23, 2026, Ken Ishida wrote:
> Our drivers hate the current handheld scanners. They freeze in the cold and the batteries die by noon.

The RoadPad X2 is rated to -20°C and runs 14 hours on a charge. We can ship two demo units to your Fargo depot on Monday.

> Also, what's the lead time on 60 units?

About three weeks from PO.

Would a call Thursday at 9 work to talk through the demo?

Best,
Hannah
""", [("SBA", "The RoadPad X2 is rated")]),

C("handbook-happy-with-provider", "md", """
# Handling the "we're happy with our current provider" objection

Use this when a prospect tells you they're satisfied with what they have. Don't panic and don't pitch features yet; touch base with your manager if the account is strategic.

| Don't say | Why |
|---|---|
| "I totally get it, but..." | Canned, and the "but" erases the first half |
| "Just checking in to see if anything changed" | Reads as chasing |
| "It's only a small switch" | Shrinks their effort |

**Prospect says:** "We're pretty happy with Carrow right now."

**Say:**

> It sounds like Carrow is doing the job and switching isn't on your list right now. What would have to change for you to take another look?

Then listen. If they name a gap, offer to show how we handle that specific gap in a 20-minute call.
"""),

C("price-talk-tracks-q4", "md", """
# Price objection talk tracks, Q4

Reps: keep these short. Read the Objection line, then use the Response.

### Objection: "Your competitor quoted us 30% lower."

Response:

> Our implementation fee covers data migration, which most competitors bill separately. When you add that back in, we're usually within 5%. Can I send you a side-by-side for your numbers?

### Objection: "We don't have budget until Q2."

Response:

> It sounds like the budget for this won't open up until Q2. Would it help to plan a small pilot now so you have results ready for that conversation?
""", [("SBA", "Our implementation fee covers")]),

C("auto-insurance-premium-call", "txt", """
Agent: Thanks for calling Bluefield Auto, this is Marcy. How can I help?
Customer: My premium went up $60 a month and I haven't had a single claim. It feels like you're punishing me for staying.
Agent: A $60 monthly jump with no claims on your record would feel like a penalty for staying, I'd feel the same. Yeah, our renewal increase this year is steep. But rates went up across the state after the hail season. Can I check whether you qualify for the safe-driver discount?
Customer: Sure.
""", [("CF", "Yeah, our renewal increase this year is steep"), ("BB", "But", "Yeah, our renewal")]),

C("cold-dental-scanner-nothing-but", "txt", """
Subject: Winter install slots for Greenway Dental

Hi Dr. Patel,

We've installed our Lumen chairside scanners in 40 practices across Arizona this year, and the feedback has been nothing but positive on scan speed.

Our winter pricing of $21,900 (including training) runs through December 18. Would a 15-minute demo at your Scottsdale office next week be worthwhile?

Best,
Ravi Shah
Lumen Dental Imaging
"""),

C("cnc-spindles-no-direction", "txt", """
Hi Stefan,

Thanks for the candid note.
That's a lot to deal with at once.
This quarter must have been exhausting for your team.

Regards,
Ingrid

On 24 Nov 2026, at 16:05, Stefan Brandt wrote:
> Two of your CNC spindles failed within a month of install. Our line was down 9 days and the replacement parts came from Germany by air at our expense.
""", [("GR", "That's a lot to deal with at once."),
      ("GR", "This quarter must have been exhausting for your team."),
      ("EWD", "This quarter must have been exhausting for your team.")]),

C("telecom-porting-price-jump", "txt", """
Hi Yolanda,

It sounds like the porting delay on your 200 numbers put your support team in a tough spot last week, and I'm sorry the cutover slipped twice.

To make it right, I've credited one month of service to the account. Also worth knowing: the SIP trunk pricing we discussed goes from $14 to $17 per line on January 1, so if we can finalize the expansion before then you'd keep the lower rate.

Can we get 15 minutes on Thursday to confirm the cutover date?

Thanks,
Brendan

> From: Yolanda Price
> Sent: Tuesday, November 24, 2026 10:12 AM
> The porting delay left our support team without inbound lines for most of Tuesday. This is the second time the cutover slipped.
""", [("PAE", "goes from $14 to $17 per line on January 1")]),

C("sdr-repeat-makes-sense", "txt", """
SDR: Hi Marco, it's Tess from Brightwave. Did I catch you at an okay time?
Prospect: Barely. We're mid-migration and honestly another tool demo is the last thing my team needs.
SDR: That makes total sense, a migration is a lot to carry. Would it be better if I called back after it wraps, say the week of the 14th?
Prospect: Maybe. Our last analytics vendor also took six months to get working, so I'm skeptical.
SDR: That makes total sense, six months is a long time to wait for value. What held it up, the data model or getting people to use it?
Prospect: Mostly adoption.
""", [("SE", "That makes total sense", "six months is a long time")]),

C("lease-sublease-pitch", "txt", """
Hi Priya,

There's a sublease option on the fourth floor that would let you take 6,000 square feet now and expand in 2028 without a new lease. The landlord has also agreed to cover the HVAC upgrade.

I can walk you through the floor plan Tuesday afternoon. Does 3pm work?

Best,
Darnell

On Sat, Nov 28, 2026, Priya Nandakumar wrote:
> Darnell, the board is nervous about signing a 10-year lease when we don't know our headcount past next year. I'm not sure we can commit.
""", [("SBA", "There's a sublease option")]),

C("sofa-timing-last-spring", "txt", """
Hi Grace,

I understand the timing wasn't right for a new sofa last spring, with the move and the new job. The sectional you liked is back in the oatmeal linen, and I can set one aside in our Portland showroom if you want to sit in it again.

Would Saturday or Sunday be easier for you to stop by?

Warmly,
Lena
Harlow Home
"""),

C("freight-pallets-dont-worry", "txt", """
Hi Carla,

I feel your pain on this one. Don't worry, the pallets are safe at our Reno cross-dock and will go out on tomorrow's 6am linehaul.

I'll send you the PRO number and a live tracking link as soon as the trailer is loaded. Does your receiving team need a delivery appointment, or can they take it first-come?

Best,
Manny
Dispatch, Copperline Freight

Carla Jimenez wrote:
> Our 14 pallets were supposed to arrive Monday. It's Wednesday and nobody can tell me where they are. My store managers are furious.
""", [("SE", "I feel your pain"), ("ML", "Don't worry")]),

C("qbr-dashboards-however", "txt", """
AE: You said on our last call the dashboards load too slowly for your regional managers. Is that still the case?
Customer: Worse, actually. They've stopped opening them. Some of them went back to spreadsheets.
AE: Regional managers going back to spreadsheets because the dashboards drag, that makes sense however the slowdown comes from the custom filters your team added. Could I get 30 minutes with your admin this week to rebuild them?
Customer: Fine, but I want to see the load times improve.
""", [("BB", "however")]),
]
