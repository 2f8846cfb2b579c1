from build import C

CASES = [
C("isp-anything-but-helpful", "txt", """
Hi Keisha,

You said your current provider's customer service has been anything but helpful, and that after three technician no-shows you'd rather not sit through another install window.

We can ship the modem to you for a self-install, and if anything goes wrong a technician comes with a two-hour arrival window. Would next Tuesday work for the delivery?

Thanks,
Omar
"""),

C("pilot-extension-so-hard", "txt", """
Hi Devon,

That must be so hard. But the pilot can't run past December 31; what I can do is give your team read-only access through January so they keep the reports. Would that help?

Best,
Kim

On Fri, Dec 4, 2026, Devon Ashe wrote:
> The pilot ends the 31st and our champion just went on parental leave. Nobody else has had time to evaluate it properly.
""", [("GR", "That must be so hard."), ("BB", "But", "That must be so hard.")]),

C("paving-cracks-outlook", "eml", """
From: Ana Ruiz <ana@terrafirmapaving.com>
To: Brent Collier <bcollier@collierhomes.com>
Subject: RE: Driveway cracks, Lot 14
Date: Thu, 3 Dec 2026 08:15:44 -0700
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Brent,

I'm sorry the homeowner on Lot 14 is calling you about driveway cracks eight months after closing; that puts you in an awkward spot with a buyer you want referrals from.

I'd like to send our foreman out Monday morning to core-sample the slab so we know whether it's the base or the mix. Can you ask the homeowner if 9am works?

Ana

-----Original Message-----
From: Brent Collier
Sent: Wednesday, December 2, 2026 6:41 PM
To: Ana Ruiz
Subject: Driveway cracks, Lot 14

Ana, the homeowner on Lot 14 is calling me about cracks in the driveway. Eight months after closing. I need this handled, I get referrals from these buyers.
"""),

C("ap-payments-one-cycle", "txt", """
AE: Before we talk pricing, what's been the hardest part of moving vendor payments off checks?
CFO: Honestly, the approval chain. Our controller is worried that switching will delay payroll-adjacent vendors for a cycle.
AE: Your controller's worry about delaying those vendors for a cycle makes sense. Worst case it's just one payment cycle of overlap while both systems run. Would it help if our implementation lead met with your controller Thursday to map the cutover?
CFO: Probably.
""", [("ML", "just one payment cycle of overlap")]),

C("label-printers-true-flakier", "txt", """
Hi Pete,

Sounds like the label printers on lines 3 and 4 jamming mid-shift has your packers doing a lot of rework, and I'm sorry it's landed on you again.

True, our T-400 has been flakier than the Zebras you had before on thermal labels.

Best,
Gwen

On Sat, Dec 5, 2026, Pete Lowry wrote:
> The T-400s on lines 3 and 4 jam mid-shift. My packers are doing rework every day. The Zebras we had before never did this.
""", [("EWD", "Sounds like the label printers on lines 3 and 4 jamming mid-shift has your packers doing a lot of rework, and I'm sorry it's landed on you again."),
      ("CF", "True, our T-400 has been flakier than the Zebras you had before on thermal labels")]),

C("per-seat-regarding-concern", "txt", """
Hi Lucia,

Regarding your concern about the per-seat pricing, we offer a team bundle of 50 seats at $11 each, which comes in under your current spend. I've attached the comparison.

Can we review it together Wednesday?

Best,
Harry
""", [("SBA", "Regarding your concern about the per-seat pricing, we offer")]),

C("cold-cyber-all-but", "txt", """
Subject: Cyber cover for Ridgeback Accounting

Hi Tanya,

Accounting firms your size have all but become the default target for invoice-fraud emails this year, and most policies we review exclude social-engineering losses.

Harborline's cyber policy covers social-engineering fraud up to $250,000 with no sub-limit for funds transfer. Would you like me to send a quote based on your current headcount?

Best,
Jules
"""),

C("wedding-last-saturday-june", "txt", """
Seller: You mentioned the Hartley wedding budget got cut after the venue deposit went up. How is the family feeling about it now?
Client: Stressed. The bride's parents think they're being squeezed and they're talking about moving it to a park.
Seller: The parents feeling squeezed makes sense, weddings stack up fast. We have only one Saturday left open in June, so if they want the terrace I'd hold it this week. Could I send you a smaller package at a lower minimum to share with them?
Client: Send it.
""", [("PAE", "We have only one Saturday left open in June")]),

C("notifications-totally-understand", "txt", """
Hi Jonah,

I totally understand how annoying that must be. Don't worry, it's a quick settings change: go to Admin > Notifications and switch digest mode to daily.

If you'd like, I can hop on a 10-minute screen share today and do it with you. Does 3pm work?

Thanks,
Rita

Jonah Mills wrote:
> Your app is sending me 40 notification emails a day. My inbox is unusable. I've asked twice for this to stop.
""", [("SE", "I totally understand how annoying that must be"), ("ML", "Don't worry")], crlf=True),

C("erp-rollout-stage-direction", "txt", """
AE: You said the last ERP rollout ran nine months over and the plant still talks about it. What did that cost you on the floor?
Buyer: Two quarters of bad inventory counts. We were shipping from the wrong bins.
AE: (pauses, lowers voice) Two quarters of bad inventory counts and shipping from the wrong bins would make anyone wary of another rollout. What if we piloted the inventory module in one bay at the Toledo plant for 30 days before touching anything else?
Buyer: I could take that to the plant manager.
"""),

C("tenant-portal-repeat", "txt", """
Hi Carmen,

I can see how that would be disappointing. Your tenants were promised the new portal by October and it's still not live.

I can see how that would be disappointing, especially after you announced the date at the tenant meeting.

Best,
Raj
Dwellbase

On Thu, Dec 3, 2026, Carmen Ortiz wrote:
> We promised our tenants the new portal by October. I announced the date at the tenant meeting. It's December and it's still not live. This is disappointing.
""", [("SE", "I can see how that would be disappointing", "especially after you announced"),
      ("EWD", "I can see how that would be disappointing, especially after you announced the date at the tenant meeting.")]),

C("silent-prospect-playbook-line", "txt", """
Hi Derek,

I haven't heard back since we sent the warehouse automation proposal on November 12. I sense this might not feel like the right timing, am I reading that correctly?

If the budget moved to next year, I'm happy to send a phased version that starts with the pick-to-light zone. Want me to put that together?

Best,
Ines
"""),

C("coaching-drill-but", "md", """
# Objection drill: "We tried this before and it didn't stick"

Coach note: let the prospect finish. Don't jump to the feature list, and don't say "I know exactly how you feel."

**Prospect:** We rolled out a sales-coaching tool two years ago. Nobody used it after the first month.

**AE:** Nobody using it after the first month is a real waste of budget, but our usage numbers are different: 78% weekly actives at six months. Can I show you how we get there?

**Prospect:** Maybe.
""", [("BB", "but", "Nobody using it")]),

C("district-bumping-grant-deadline", "txt", """
Hi Dr. Whitman,

Bumping this up in case it got lost before the break. I know the board vote on the literacy curriculum was pushed to January and that's been frustrating for your principals.

Our grant-matching pricing ends December 18, so the district would need a signed quote before then to keep the 40% match.

Can we find 20 minutes this week?

Best,
Lorna
""", [("FUC", "Bumping this up"), ("PAE", "Our grant-matching pricing ends December 18")]),

C("car-warranty-transmission", "txt", """
Rep: You mentioned you passed on the extended warranty last time. What happened with it?
Customer: Last time I bought one it was useless. The transmission went and they said it wasn't covered.
Rep: You paid for coverage and then the transmission wasn't covered when it failed, no wonder you're wary. Would it help if I showed you the powertrain section of this plan so you can see exactly what's covered?
Customer: Okay, show me.
"""),

C("shift-scheduling-price-first", "eml", """
From: Priya Das <priya@shiftly.io>
To: Marcus Lee <mlee@cornerstonecafe.com>
Subject: Re: Scheduling app cost
Date: Fri, 4 Dec 2026 14:03:10 -0500
Content-Type: text/plain; charset=utf-8

Hi Marcus,

Shiftly's Starter plan is $2 per employee, so your three locations would come to about $96 a month, and it includes the time-clock kiosk.

Want me to set up a free two-week trial so your managers can try building next week's schedule in it?

Priya

On Thu, Dec 3, 2026, Marcus Lee wrote:
> Honestly I don't know if I can justify another monthly subscription. Margins are thin and I already pay for three apps that barely get used.
""", [("SBA", "Shiftly's Starter plan is $2 per employee")]),

C("change-order-i-get-it", "txt", """
Hi Nora,

I get it. Nobody wants a change order three weeks before handover, but the electrical drawings we were given didn't include the second panel.

Regards,
Victor Hale
Hale Electric

On Wed, Dec 2, 2026, Nora Quinn wrote:
> Victor, a $12,400 change order three weeks before handover? This wasn't in the bid and my client is going to be livid.
""", [("SE", "I get it"), ("BB", "but", "I get it"),
      ("EWD", "Nobody wants a change order three weeks before handover, but the electrical drawings we were given didn't include the second panel.")]),

C("culture-fit-agree-goal", "txt", """
Hi Raymond,

You're right that culture fit matters more than speed for this hire, and it sounds like the last search left you with a hire who looked great on paper and left in four months.

For this one, I'd suggest we add a half-day working session with your team before any offer. Can I send you a draft of the session plan tomorrow?

Best,
Sasha

On Thu, Dec 3, 2026, Raymond Cole wrote:
> Culture fit matters more to me than speed. Our last hire looked great on paper and left in four months.
"""),

C("router-bill-calm-down", "txt", """
Agent: Thank you for calling Northwire, this is Jess. How can I help?
Customer: This is the fourth time I'm calling about the same bill. You charged me for a router I returned in September!
Agent: Sir, I understand your frustration, please calm down so I can pull up the account. I see the return logged on September 14, and I'm reversing the $129 charge now. Can I confirm the last four digits of the card on file?
Customer: 4471.
""", [("SE", "I understand your frustration"), ("ML", "calm down")]),

C("inline-editor-slow-though", "txt", """
Hi Jordan,

On Fri, Dec 4, 2026, Jordan Blake wrote:
> The new editor is slower than the old one. Our writers are complaining every day.

I'm sorry the editor has been slower and your writers are feeling it every day, though the change was needed to support real-time co-editing, which your team asked for in the spring. Could you send me two documents where the lag is worst so our engineers can profile them?

> And can we get the old editor back in the meantime?

Yes, I've turned on the legacy editor toggle for your workspace; it's under Settings > Editor.

Best,
Sam
""", [("BB", "though")]),

C("thinkpad-just-following-up", "txt", """
Hi Wendell,

Just following up on my note from last week about refreshing the 300 ThinkPads in your Phoenix office. We can take the old units as trade-in at $140 each and image the new ones before delivery.

Would it be worth a quick call Tuesday?

Thanks,
Rae
""", [("FUC", "Just following up")]),

C("fx-markup-stretch", "txt", """
Hi Meredith,

I can see why a 1.2% FX markup feels like a stretch when your margins on the EU orders are already thin.

Two things that might change the math: the markup drops to 0.6% above $500k a month, and you'd stop paying the $25 wire fee your bank charges today. Would it help if I modeled last quarter's EU volume both ways and sent it over by Thursday?

Best,
Tobias

On Thu, Dec 3, 2026, Meredith Lang wrote:
> 1.2% on FX is a lot. Our margins on the EU orders are already thin.
"""),

C("renewals-churn-sounds-rough", "txt", """
AE: How did the quarter close out for your team?
Buyer: Badly. Two of our biggest accounts churned because the renewals fell through the cracks in our CRM.
AE: Oof, that sounds rough. What does your renewal process look like today, who owns the 90-day reminder?
Buyer: Nobody, really. That's the problem.
AE: Nobody owning the 90-day reminder is exactly how accounts slip. Would it help if I showed you how Renewly assigns an owner automatically, say Wednesday at 2?
Buyer: Sure.
""", [("GR", "Oof, that sounds rough.")]),

C("condo-cant-help-but", "txt", """
Hi Jasmine,

I can't help but think the Elm Street condo fits everything you described on Saturday: the walkable commute, the second bedroom for your office, and a monthly HOA under $300.

There's an open house Sunday from 1 to 3. Would you like me to meet you there?

Best,
Carlos
"""),

C("hail-claim-know-exactly", "eml", """
From: Denise Park <dpark@ironwoodins.com>
To: Calvin Brooks <calvin.brooks@brooksroofing.net>
Subject: Re: Claim denial
Date: Sat, 5 Dec 2026 09:30:00 -0600
Content-Type: text/plain; charset=utf-8

Calvin,

I know exactly how you feel. Having the hail claim on your roofing trailer denied over a paperwork deadline, after paying premiums for nine years, is maddening.

Denise

-----Original Message-----
From: Calvin Brooks
Sent: Friday, December 4, 2026 5:55 PM
Subject: Claim denial

Nine years of premiums and you deny my hail claim on the trailer because a form was two days late? Unbelievable.
""", [("SE", "I know exactly how you feel"),
      ("EWD", "Having the hail claim on your roofing trailer denied over a paperwork deadline, after paying premiums for nine years, is maddening.")]),

C("cro-agency-merge-template", "txt", """
Subject: A landing page idea for [Company]

Hi {{first_name}},

I was on [Company]'s pricing page this morning and noticed the annual toggle is below the fold on mobile. For SaaS companies at your stage, moving it up usually lifts annual signups 8-12%.

We're a four-person CRO agency and we'd mock up the change for free. Should I send it over?

Cheers,
{{sender_name}}
"""),

C("tracking-portal-clunky", "txt", """
Hi Renée,

It sounds like your customer service team is fielding calls about shipments because the tracking portal doesn't show ETAs, and that's eating their afternoons.

Yeah, our portal is clunky next to what FedEx offers. The ETA feature is only a few weeks out, and in the meantime I can set up a daily ETA email to your CS inbox. Want me to turn that on tomorrow?

Best,
Abe

On Thu, Dec 3, 2026, Renée Gauthier wrote:
> My CS team is fielding calls all afternoon because your tracking portal doesn't show ETAs. It's clunky and customers hate it.
""", [("CF", "Yeah, our portal is clunky next to what FedEx offers"), ("ML", "only a few weeks out")]),

C("spa-double-booked-hassle", "txt", """
Hi Ms. Ferreira,

We apologize for the hassle this caused. The spa booking system double-booked your 3pm massage on Saturday, and you waited 40 minutes before anyone told you.

I've refunded the massage in full and added a complimentary session to your account, valid for a year. Would you like me to book it for your next stay, or would you prefer to call the spa directly?

Kind regards,
Tomasz
Guest Services, Villa Serena

> I waited 40 minutes at the spa on Saturday before anyone told me my 3pm massage was double-booked.
""", [("SE", "We apologize for the hassle this caused")]),

C("ppap-agree-quality", "txt", """
Hi Mr. Novak,

I agree that quality has to come first on the brake bracket, and it makes sense that your team wants a PPAP on the new casting supplier before moving any volume.

We can run a 300-piece PPAP lot in January and have the dimensional report to you by the 25th. Should I send the PPAP plan to you or to your supplier quality engineer?

Best regards,
Lena Hoffmann

On Fri, Dec 4, 2026, Jiri Novak wrote:
> Quality comes first on the brake bracket. Before moving any volume to the new casting supplier, we want a full PPAP.
"""),

C("expense-receipts-seller-turn", "txt", """
Seller: What's been the biggest headache with expense reports?
Prospect: Chasing receipts. My team spends the last three days of every month chasing receipts from the field reps, and they hate it.
Seller: Three days a month chasing receipts from field reps is a real drain, and it's no surprise your team hates that part of the job.
Prospect: Yeah. So what would change with your tool?
Seller: Reps snap the receipt on their phone and it's matched to the card charge automatically. Want me to show you on a live account Thursday?
""", [("EWD", "Three days a month chasing receipts from field reps is a real drain, and it's no surprise your team hates that part of the job.")]),
]
