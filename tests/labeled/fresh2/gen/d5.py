from build import C, L

CASES = [
C("coworking-but-semicolon", "txt", """
Hi Priti,

Losing the quiet room to a permanent booking when your team relies on it for
client calls is a real blow; but the members' charter lets anyone book it for
a full day. Could we meet Tuesday to look at a reserved block just for your
team's calls?

Best,
Oren, Hive Works

On Thu, Mar 26, 2026, Priti Sharma wrote:
> We keep losing the quiet room to a permanent booking, and my team relies on
> it for client calls.
""", [L("but-bridge", "but", "real blow; but")]),

C("accounting-saas-sba-number", "txt", """
Buyer: We've been burned by "easy" bookkeeping tools before. The last one
mangled our VAT returns and we paid a penalty.
AE: 98% of our customers file VAT with zero manual adjustments, and every
return is checked by a qualified accountant before it goes to HMRC.
Buyer: The last one said that too.
AE: Paying a penalty because a tool mangled your VAT returns would make me
wary too. Could I introduce you to a customer who switched from the same tool?
Buyer: Go on then.
""", [L("solution-before-acknowledgment", "98% of our customers file VAT")]),

C("hr-platform-conceded-clunky-but", "txt", """
Hi Mireille,

It sounds like your managers are losing an hour each review cycle to the
performance module, and I can see why that's wearing thin.
True, the review forms are clunky to fill in on a phone, but the mobile
redesign lands in June. Would your managers want to try the beta on Monday?

Regards,
Kofi

On Tue, Mar 17, 2026, Mireille Dubois wrote:
> Our managers lose an hour every review cycle fighting the performance module.
> The forms are clunky on a phone.
""", [L("conceded-fact", "True, the review forms are clunky to fill in on a phone"),
      L("but-bridge", "but", "on a phone, but the mobile")]),

C("airline-group-booking-ewd", "eml", """
From: Group Desk <groups@skyline-air.example>
To: Coach Ferguson <ferguson@rivertonhigh.example>
Subject: Re: Our group booking
Date: Fri, 27 Mar 2026 16:20:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Coach Ferguson,

I am truly sorry that the team's group booking was split across two flights
without anyone telling you. Finding out at check-in that half your players
were on a later flight must have been stressful for you and the parents.

Regards,
Group Desk

On Thu, 26 Mar 2026, Coach Ferguson wrote:
> Nobody told me the group booking had been split across two flights. I found
> out at check-in that half my players were on a later flight.
""", [L("empathy-without-direction", "Finding out at check-in that half your players")]),

C("farm-supply-generic-awful", "txt", """
Hi Gareth,

How awful. We'll put a replacement pump on tomorrow's first van to you and
the engineer will fit it by noon; shall I text you when the van leaves?

Cheers,
Mel, Valley Agri

On Wed, Mar 4, 2026, Gareth Pryce wrote:
> The irrigation pump you fitted last month seized during lambing. We hauled
> water by hand for two days.
""", [L("generic-reflection", "How awful.")]),

C("dental-followup-circle-back", "txt", """
Subject: Re: practice analytics demo

Hi Dr. Benoit,

Wanted to circle back on the analytics demo we discussed at the dental expo.
Is Thursday at 1 still good for a quick walkthrough with your office manager?

Best,
Haruto
""", [L("follow-up-cliche", "circle back")]),

C("trucking-pressure-quarter-end", "txt", """
Hi Sergio,

After the breakdowns you had with the leased fleet, I can see why you want to
see the new tractors in real routes before committing.
If you sign before quarter end, we can lock the maintenance package at this year's price. Could we
set up a two-week ride-along in April?

Regards,
Petra

On Mon, Mar 9, 2026, Sergio Alvarez wrote:
> After all the breakdowns with the leased fleet, I want to see these tractors
> on real routes before committing.
""", [L("pressure-after-empathy", "If you sign before quarter end")]),

C("retail-chat-relax", "txt", """
Customer: My order says delivered but there's nothing on my porch. It's my
mum's birthday present and the party is Saturday.
Agent: A missing birthday present for your mum with the party on Saturday is
worrying, I'm sorry. Just relax, these usually turn up within a day. Can I
start a trace now and send a replacement by express if nothing arrives by
Thursday?
Customer: ok thanks
""", [L("minimizing-language", "Just relax")]),

C("saas-cold-with-however-clean", "txt", """
Hi Lydia,

Most clinics we speak with run their rota in spreadsheets. However, the ones
growing past five sites tend to hit double-booked shifts weekly.

Our rota tool flags clashes before the schedule goes out. Worth a look next
week?

Thanks,
Jin
""", []),

C("ngo-donor-reflection-clean", "txt", """
Hi Mateo,

You mentioned the board is uneasy about moving donor data to the cloud after
the breach at a partner charity last spring. It sounds like the real question
is who can see donor records, not the cloud itself.

Could I bring our security lead to your board meeting on the 8th to walk
through access controls and answer their questions directly?

Best,
Adele
""", []),

C("hospitality-sba-inline-two", "txt", """
Hi Mr. Petrov,

On Sat, Mar 28, 2026 at 10:02 PM, Ivan Petrov wrote:
> The room smelled of smoke and the air conditioning didn't work. Worst stay
> I've had in years.

We've upgraded all our rooms to new air conditioning units and every room is
cleaned to our Fresh Stay standard.

> I want a refund for the second night.

I've refunded the second night to your card this evening.

Kind regards,
Guest Relations
""", [L("solution-before-acknowledgment", "We've upgraded all our rooms")]),

C("school-it-scripted-feel-you", "txt", """
Rep: How's the Chromebook refresh going?
Client: Badly. We got a third of the devices with the wrong keyboard layout and
the kids start exams Monday.
Rep: Ugh, I feel you. A third of the Chromebooks with the wrong keyboard layout
right before Monday's exams is a nightmare. Can I courier replacements to you
Friday morning?
Client: Please.
""", [L("scripted-empathy", "I feel you")]),

C("correction-not-x-but-y-apology-clean", "txt", """
Hi Ms. Adebayo,

I'm sorry your first month's invoice doubled up the installation fee. The
extra charge wasn't a new fee but a duplicate line from our billing system,
and I've removed it.

Would you like me to send the corrected invoice to your accounts team as well?

Kind regards,
Piers
""", []),

C("real-estate-conceded-overpriced", "txt", """
Hi Shauna,

I can see why the asking price on Fenwick Street worries you after seeing the
survey.
I agree, the asking price is too high for a flat that needs a new roof. Shall
I ask the vendor this afternoon whether they'd consider £305,000?

Best,
Callum, Linley Estates

On Sun, Mar 29, 2026, Shauna Kerr wrote:
> After the survey I'm worried the asking price on Fenwick Street is too high
> for a flat that needs a new roof.
""", [L("conceded-fact", "I agree, the asking price is too high for a flat that needs a new roof")]),

C("nhs-supplier-minimize-not-a-big-deal", "txt", """
Hi Siobhan,

I'm sorry the catheter order arrived with the wrong gauge and your ward had to
borrow from the neighbouring unit. It's honestly not a big deal, the right
boxes are already on the van. Would it help if I called the ward sister at 2
to confirm they've arrived?

Thanks,
Ewan

On Tue, Mar 31, 2026, Siobhan Doyle wrote:
> The catheter order came with the wrong gauge and we had to borrow from the
> neighbouring unit.
""", [L("minimizing-language", "not a big deal")]),

C("seller-call-ewd-buyer-silence-line-clean", "txt", """
Seller: We last spoke three weeks ago about the fleet cards.
Lead: Yeah, sorry, it's been hectic.
Seller: I sense the hectic stretch means this might not be the right time for
the fleet cards, am I reading that correctly?
Lead: Honestly, yes. Maybe in the summer.
Seller: Would it be okay if I called you in the first week of June?
Lead: Sure.
""", []),

C("bank-business-account-we-apologise-variant", "txt", """
Hi Rashid,

We apologise for any disruption this may have caused. Having your business
account frozen for three days during payroll week, with staff waiting on wages,
is serious, and I'm sorry. The freeze was lifted at 9:12 this morning; could I
call you at 11 to go through what triggered it?

Regards,
Eleni, Business Banking

On Mon, Mar 30, 2026, Rashid Karimi wrote:
> My business account has been frozen for three days in payroll week. My staff
> are waiting on wages.
""", [L("scripted-empathy", "We apologise for any disruption this may have caused")]),

C("it-msp-but-after-agreement", "txt", """
Client: You're the third MSP we've had in two years and none of you has fixed
the VPN dropouts.
Rep: Two years and three MSPs without a fix for the VPN dropouts would wear
anyone down. Fair enough, but we'd need admin access to the firewall to find
the cause. Could we get that set up on Monday?
Client: I'll ask.
""", [L("but-bridge", "but", "Fair enough, but")]),

C("medical-devices-sba-you-should", "txt", """
Hi Dr. Hamid,

You should look at our new infusion pump, which has drug-library updates over
Wi-Fi, so no more technicians visiting every ward.

Would a demo for your biomed team next week be useful?

Best,
Rachel

On Mon, Mar 2, 2026, Dr. Samir Hamid wrote:
> Updating drug libraries on our current pumps takes my biomed team weeks. We
> missed a safety update because of it and I'm worried it'll happen again.
""", [L("solution-before-acknowledgment", "You should look at our new infusion pump")]),

C("handbook-what-not-to-say-table", "md", """
# Support macros: tone guide

Our customers write in when something has gone wrong. The first line of every
reply should show we read their message.

| Before | After |
|---|---|
| "We apologize for any inconvenience." | "I'm sorry the export failed twice before your board meeting. Can I rerun it for you now?" |
| "Don't worry, it's a minor glitch." | "Losing the export right before a board meeting is stressful. Can I send you the file by hand now?" |
| "Just circling back on this!" | "Would a call at 3 help us finish this?" |

Never write "I totally get it" in a macro. Write what they told you.
""", []),

C("furniture-pressure-another-buyer", "txt", """
Hi Mrs. Lambert,

It sounds like the sofa in the showroom is the one, and the worry is whether it
will fit through your narrow hallway. Another customer has asked about the
same floor model, so I can hold it until Saturday at the latest. Could I send
our delivery team round to measure the hallway on Thursday?

Warm regards,
Anton, Maple & Rye

On Mon, Mar 30, 2026, Edith Lambert wrote:
> I love the sofa in the showroom but I'm worried it won't fit through our
> narrow hallway.
""", [L("pressure-after-empathy", "Another customer has asked about the")]),

C("web-hosting-generic-hate", "txt", """
Customer: Our site was down for six hours on Black Friday. Six hours!
Agent: That's genuinely horrible, I'm sorry. I've opened an incident review
and I'd like to walk your CTO through the root cause on a call tomorrow; what
time suits?
Customer: 10.
""", [L("generic-reflection", "That's genuinely horrible, I'm sorry.")]),

C("gentle-followup-bump", "txt", """
Hi Jerome,

Giving this a quick bump in case it got buried. Are you still looking at
options for the cold-storage expansion in Q3?

Best,
Anneke
""", [L("follow-up-cliche", "Giving this a quick bump")]),
]
