from build import C, L

CASES = [
C("lms-sba-our-platform", "eml", """
From: Keiko Sato <keiko@lumenlearn.example>
To: Dean Harriet Olu <h.olu@westfieldcollege.example>
Subject: Re: Worried about the LMS switch
Date: Mon, 09 Mar 2026 08:45:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dean Olu,

Our platform migrates course shells, gradebooks and quiz banks automatically,
and 94% of colleges finish the move in a single semester. I've attached the
migration checklist.

Would you be open to a pilot with two departments over the summer?

Best regards,
Keiko

On Fri, Mar 6, 2026 at 5:10 PM, Harriet Olu wrote:
> Faculty are anxious. The last LMS switch cost us a whole term of lost
> gradebooks and I'm not sure we can survive another one.
""", [L("solution-before-acknowledgment", "Our platform migrates course shells")]),

C("car-dealer-but-crlf", "txt", """
Salesperson notes - call script, service contract desk

Seller: How did the first year with the SUV go?
Customer: The extended warranty you sold me was useless. The transmission
claim got denied on a technicality.
Seller: Having the transmission claim denied on a technicality after paying for
the extended warranty would make anyone angry, but the new plan covers the
whole drivetrain with no exclusions list. May I show you the coverage sheet?
Customer: Go on.
""", [L("but-bridge", "but", "angry, but the new plan")], crlf=True),

C("vet-clinic-scripted-know-exactly", "txt", """
Hi Mrs. Delacroix,

I know exactly how you feel. Waiting three hours in reception with a sick
spaniel is miserable, and I'm sorry we kept Biscuit waiting that long. Could I
book his follow-up as the first appointment on Thursday, 8:15, so there's no
wait at all?

Kind regards,
Tamsin, Practice Manager

On Mon, Mar 16, 2026, Odette Delacroix wrote:
> We waited three hours in reception with a sick spaniel. Biscuit was shaking
> the whole time.
""", [L("scripted-empathy", "I know exactly how you feel")]),

C("cybersec-agreed-slower", "txt", """
Rep: What came out of the bake-off last week?
CTO: Honestly, your agent is slower to flag lateral movement than Sentinal's.
My SOC lead noticed it in every run.
Rep: That's a useful finding, and I can see why your SOC lead would care about
lateral movement above everything else. Agreed, our agent is behind Sentinal on
lateral movement detection in those runs. Would you let our detection engineer
sit with your SOC lead on Wednesday to replay them?
CTO: Fine.
""", [L("conceded-fact", "Agreed, our agent is behind Sentinal on", "Agreed, our agent is behind")]),

C("daycare-tuition-only", "txt", """
Hi Mr. Baptiste,

I understand the tuition change landing in the middle of the school year is a
stretch for your family's budget. It's only $35 more a week, and the new rate
includes hot lunches. Would it help to talk through the sibling discount on a
call Friday?

Warmly,
Gloria, Little Acorns Academy

On Wed, Mar 18, 2026, Jean Baptiste wrote:
> A tuition change in the middle of the school year is a real stretch for our
> family budget.
""", [L("minimizing-language", "It's only $35 more a week")]),

C("warehouse-robots-pressure-competitor", "txt", """
Hi Ingrid,

It sounds like the board wants proof the robots can handle your peak-season
volume before anyone signs, and that's a reasonable bar to set. I should
mention another 3PL in your region is looking at the same demo unit, so it may
not be available after this month. Can we book the site test for the week of
the 13th?

Best,
Bastian

On Thu, Mar 5, 2026, Ingrid Solberg wrote:
> The board wants proof the robots can handle our peak-season volume before
> anyone signs anything.
""", [L("pressure-after-empathy", "another 3PL in your region is looking at the same demo unit")]),

C("pharmacy-followup-just-checking", "txt", """
Hi Ms. Ferreira,

Just checking in to see whether you had a chance to look at the refill
automation proposal. Would a short demo for your pharmacists next week help?

Best,
Arturo
""", [L("follow-up-cliche", "Just checking in")]),

C("website-agency-ewd-three-acks", "txt", """
Hi Lucia,

Launching the new site the same week your biggest trade show opened and seeing
the contact form break is about as bad as timing gets. I'm sorry the contact
form failed in front of all those trade show leads. You had every right to be
furious about the lost leads.

Thanks for your patience with us, and let us know if you have any questions.

Ben

On Sat, Mar 14, 2026, Lucia Romano wrote:
> The contact form broke the week of our biggest trade show. We lost leads and
> I'm furious.
""", [L("empathy-without-direction", "You had every right to be")]),

C("hvac-generic-that-sucks", "txt", """
Customer: The technician didn't show on Tuesday and I took the day off work to
be home for him.
Agent: Oh no, that really sucks. I can send the same technician tomorrow
between 8 and 10, or pick a Saturday slot; which would you prefer?
Customer: Saturday.
""", [L("generic-reflection", "Oh no, that really sucks.")]),

C("fintech-sba-here-is-how", "txt", """
Hi Vikram,

Here's how our reconciliation engine avoids duplicate ledger entries: every
bank line gets a fingerprint before it's matched. I've attached a diagram.

Can we set up a session with your finance ops team on Wednesday?

Thanks,
Giulia

On Tue, Mar 10, 2026, Vikram Das wrote:
> Our books were a mess last quarter because the old tool kept posting
> duplicate ledger entries. I'm skeptical any of these tools actually work.
""", [L("solution-before-acknowledgment", "Here's how our reconciliation engine avoids")]),

C("cant-help-but-trap", "txt", """
Hi Oksana,

I can't help but notice your team hired four new field reps this month,
congratulations. Ramping reps quickly usually means territory maps change
every week.

Would a look at automatic territory rebalancing be useful? I'm free Thursday.

Best,
Piet
""", []),

C("conference-venue-totally-fair", "txt", """
Hi Eamon,

I'm sorry the AV failed during your keynote; with 300 delegates watching, that
was a rough moment for you and your speaker. Totally fair, our AV setup was
careless that morning. I'd like to credit the AV line in full and put our
senior technician on your next event. Can we talk Thursday about the October
conference?

Regards,
Sinead, Events

On Mon, Mar 2, 2026, Eamon Walsh wrote:
> The AV failed during our keynote with 300 delegates watching. It looked
> careless.
""", [L("conceded-fact", "Totally fair, our AV setup was", "Totally fair, our AV setup")]),

C("mortgage-broker-clean-understand-specific", "txt", """
Hi Dana and Chris,

I understand the rate jumping between your agreement in principle and the
final offer felt like the goalposts moved. Could I go through the three
lenders' current offers with you on Saturday morning, so you can compare them
side by side?

Best,
Farouk

On Thu, Mar 12, 2026, Dana Fisher wrote:
> The rate jumped between the agreement in principle and the final offer. It
> feels like the goalposts moved.
""", []),

C("saas-support-sba-hardcoded-bullets", "md", """
Hi Morgan,

- Our new alerting rules let you mute noisy monitors per service.
- Paging escalations now go to a backup on-call after 10 minutes.
- There's a 14-day trial of the premium tier if you want to test it.

Can I set it up for your platform team this week?

Thanks,
Sami

On Wed, Mar 25, 2026, Morgan Hale wrote:
> Our on-call engineers are burning out. Your alerts page them at 3 a.m. for
> things that don't matter, and two people quit last month over it.
""", [L("solution-before-acknowledgment", "Our new alerting rules let you mute")]),

C("scaffolding-hire-repeat-clause", "txt", """
Hi Connor,

That's a rough week, with the scaffold delivery arriving a day late and the
crane slot lost. Can I get our yard manager to call you at 7 tomorrow to lock
in Thursday's delivery?

That's a rough week, with accounts chasing you for a bill you'd already paid
on top of it. I've asked them to stop the reminders.

Cheers,
Declan

On Mon, Mar 9, 2026, Connor Byrne wrote:
> Scaffold delivery a day late, lost the crane slot, and now your accounts team
> is chasing me for a bill I already paid.
""", [L("scripted-empathy", "That's a rough week", "That's a rough week, with accounts")]),

C("eml-subject-checking-in-trap", "eml", """
From: Aiden Cole <aiden@brightpath.example>
To: Sofia Marin <sofia@urbanbloom.example>
Subject: Just checking in - spring planting order
Date: Tue, 17 Mar 2026 14:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Sofia,

The spring bedding plants you asked about are in stock at the Marlow depot.
Shall I reserve 400 trays for delivery on the 2nd?

Best,
Aiden
""", []),

C("energy-retrofit-though-after-offer-trap", "txt", """
Hi Mr. Oyelaran,

It sounds like the heat-pump quote worries you because your neighbour's
installation left his bills higher than before, and that's a genuine concern.
We can set up a call with that neighbour's installer if useful, though I'd
suggest first having our surveyor check your insulation. Could he visit Tuesday?

Best,
Ruth

On Sat, Mar 7, 2026, Felix Oyelaran wrote:
> My neighbour's heat-pump installation left his bills higher than before. I'm
> worried about your quote.
""", []),

C("gym-franchise-pressure-today-only", "txt", """
Rep: What's holding you back on the corporate membership?
Client: Honestly, last year's wellness program had 5% uptake and my CEO
thought it was a waste of money.
Rep: A program with 5% uptake would make any CEO wary of wellness spend
again, and it puts you in an awkward spot asking for it. The 40% corporate rate
is today only. Should I send the contract over this afternoon?
Client: Not today.
""", [L("pressure-after-empathy", "today only")]),

C("plumbing-dont-stress", "txt", """
Hi Gwen,

Water coming through your kitchen ceiling on a Sunday night is frightening,
and I'm sorry the on-call plumber didn't pick up. Don't stress about it, our
insurer covers the ceiling repair. I can have a plumber there at 7:30 tomorrow;
shall I confirm?

Ollie, Fairway Plumbing

On Sun, Mar 22, 2026, Gwen Price wrote:
> Water is coming through my kitchen ceiling and your on-call plumber isn't
> picking up. It's Sunday night!
""", [L("minimizing-language", "Don't stress about it")]),

C("event-ticketing-cold-scarcity-clean", "txt", """
Hi Harriet,

We're opening the early-adopter cohort for our box-office software to ten
theatres, and six places are already taken. It includes free migration of
your season-ticket holders.

Would it be worth 20 minutes on Wednesday to see if Rosewell Playhouse fits?

Regards,
Ivo
""", []),

C("logistics-inline-ok", "txt", """
Hi Tariq,

On Fri, Mar 20, 2026 at 3:12 PM, Tariq Hussein wrote:
> We missed two retailer delivery windows last month because your ASNs
> arrived late. We got chargebacks for both.

Two missed delivery windows and two chargebacks because our ASNs arrived late
is on us, and I'm sorry. We've moved ASN generation to the moment the trailer
is sealed. Could we review March's loads together on Tuesday?

> And can you send the chargeback amounts to our AP contact?

Yes, I'll send them to Maureen today.

Best,
Leah
""", []),

C("law-firm-intake-i-get-it", "txt", """
Client: I've called three times about my custody paperwork and nobody has
called me back. I'm scared we'll miss the court date.
Agent: I 100% get it. Missing the court date over unreturned calls about your
custody paperwork is a frightening thought. I'll have your paralegal call you
by 2 p.m. today; is this number the best one?
Client: Yes.
""", [L("scripted-empathy", "I 100% get it")]),

C("grocery-delivery-sba-credit", "txt", """
Hi Marguerite,

We'll credit the full order and add a £10 voucher to your account, and your
next three deliveries are free.

I'm sorry your shopping arrived two hours late and the frozen items had
thawed, especially with guests coming. Is there anything else I can sort out
for Saturday's order?

Kind regards,
Sol, Freshcart

On Thu, Mar 19, 2026, Marguerite Hale wrote:
> My shopping was two hours late and the frozen items had thawed. I had
> guests coming!
""", [L("solution-before-acknowledgment", "We'll credit the full order")]),
]
