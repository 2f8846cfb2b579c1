from build import C, L

CASES = [
C("handbook-renewal-talk-track-but", "md", """
# Renewal desk: handling "we're thinking of leaving"

Keep your tone even. Let the customer finish before you answer.

## Prospect says: "Support took four days to answer our outage ticket."

Talk track:

```text
Four days to hear back on an outage ticket is a long time to be left hanging,
but our new premium support tier answers within an hour. Can I walk you through
what the premium tier would have looked like during that outage?
```

Instead of "I understand your frustration", name the four days.
""", [L("but-bridge", "but", "but our new premium support tier")]),

C("handbook-onboarding-say-sba", "md", """
# Objection handling: slow onboarding

### Objection: "Your onboarding took three months last time and my team gave up."

Response:

> We now assign a dedicated onboarding manager and most teams are live in
> ten days. Would a kickoff call next Monday work for your team?

Coach's note: if the rep hasn't reflected the three months first, stop the
role-play and start again.
""", [L("solution-before-acknowledgment", "We now assign a dedicated onboarding manager")]),

C("hotel-chat-apologize-inconvenience-variant", "txt", """
Customer: My room wasn't ready at 3, I waited in the lobby until 5:30 with two
tired kids.
Agent: So sorry for the inconvenience caused. Waiting in the lobby until 5:30
with two tired kids is not the arrival we want for you. I've added a free
breakfast for all four of you tomorrow; would you like late checkout on Sunday
too?
Customer: Yes please.
""", [L("scripted-empathy", "So sorry for the inconvenience caused")]),

C("crm-agency-conceded-too-complicated", "txt", """
Hi Patrice,

I can see why your sales team pushed back after two weeks of trying to build
their own pipeline views. I agree the CRM is too complicated for a team of six
reps. Could we set up a 30-minute session where we build the three views your
reps asked for together?

Best,
Ama

On Wed, Mar 11, 2026, Patrice Gagnon wrote:
> My sales team pushed back hard. Two weeks of trying to build their own
> pipeline views and the CRM is too complicated for six reps.
""", [L("conceded-fact", "I agree the CRM is too complicated")]),

C("construction-materials-ewd-inline", "txt", """
Hi Keith,

On Mon, Mar 16, 2026 at 6:40 AM, Keith Marlow wrote:
> The rebar delivery came short again. My crew stood around half of Friday.

Having your crew stand around half of Friday because the rebar delivery came
short is maddening, and I'm sorry.

> I'm starting to wonder if we should go back to our old supplier.

It makes sense that you'd be wondering about going back to your old supplier
after two short rebar deliveries.

Regards,
Dale
""", [L("empathy-without-direction", "It makes sense that you'd be wondering")]),

C("clinic-billing-just-a-small-fee", "txt", """
Customer: Why is there a $60 charge on my bill? Nobody told me the phone
consult wasn't covered.
Agent: I'm sorry nobody told you the phone consult wasn't covered before the
$60 charge showed up. It's just a small admin fee. I can ask billing to review
it and call you back by Thursday; is that okay?
Customer: Fine.
""", [L("minimizing-language", "It's just a small admin fee")]),

C("seo-agency-generic-sounds-hard", "txt", """
Hi Clara,

That must be really difficult. Could we jump on a call Thursday so I can show
you exactly which pages lost rankings and what we're changing on each?

Best,
Amir

On Tue, Mar 24, 2026, Clara Novak wrote:
> Organic traffic fell 40% after the migration your team ran. Our lead volume
> from the website has halved.
""", [L("generic-reflection", "That must be really difficult.")]),

C("saas-sequence-follow-up-template", "txt", """
Hi [First Name],

Following up on my previous email about [Company]'s customer onboarding.

[Company] is adding customers fast; our in-app checklists cut time-to-first-
value by a third for teams like [Peer Company]. Open to a 15-minute call next
week?

[Rep Name]
""", [L("follow-up-cliche", "Following up on my previous email")]),

C("b2c-kitchen-remodel-pressure-rise", "txt", """
Hi Nicole,

It's clear the idea of living without a kitchen for six weeks is weighing on
you, especially with the twins at home. I'd hate for you to miss this:
our cabinet supplier raises prices by 8% next month. Could we do a quick call
tonight to talk through a phased remodel?

Best,
Graham, Oakline Kitchens

On Sun, Mar 15, 2026, Nicole Barrett wrote:
> Six weeks without a kitchen with the twins at home is weighing on me.
""", [L("pressure-after-empathy", "our cabinet supplier raises prices by 8% next month")]),

C("buyer-but-quoted-clean", "txt", """
Hi Lars,

It sounds like the team likes the dashboards, and the worry is the per-user
price once the contractors join in April.

Would a contractor seat at a lower rate solve it? I could draft the numbers
for Thursday.

Best,
Selma

On Mon, Mar 23, 2026, Lars Eriksen wrote:
> The team likes the dashboards, but I'm worried about the per-user price once
> the contractors join in April. I hear you have contractor seats?
""", []),

C("nonprofit-grant-sba-we-offer", "txt", """
Hi Tomasz,

We offer nonprofit pricing at 50% off list, and the grant-reporting module is
included free for organisations under 20 staff.

Would you like me to set up a call with your grants manager?

Kind regards,
Helga

On Tue, Mar 3, 2026, Tomasz Wolski wrote:
> Our last grant-reporting tool cost more than the grants it helped us report
> on. I'm very doubtful we can justify another one.
""", [L("solution-before-acknowledgment", "We offer nonprofit pricing at 50% off list")]),

C("last-but-not-least-trap", "txt", """
Hi team at Pemberton Foods,

Thanks for hosting us at the plant on Tuesday. A quick recap:

1. Line 2's changeover takes 40 minutes today.
2. The sensor kit would go on lines 2 and 4 first.
3. Last but not least, your quality lead wants a weekly defect report.

Can we meet on the 30th to agree the pilot scope?

Regards,
Jorge
""", []),

C("insurance-call-however-next", "txt", """
Agent: Thank you for holding, Mr. Quinn.
Customer: Your adjuster valued my car at two grand less than what I paid for it
eight months ago. That's insulting.
Agent: Being offered two thousand less than you paid eight months ago would
sting anyone. However, the valuation follows the market guide for your model.
Could I send you the three comparable listings the adjuster used, so we can
look at them together on a call tomorrow?
Customer: Send them.
""", [L("but-bridge", "However", "However, the valuation")]),

C("cold-email-new-vp-clean", "txt", """
Hi Aoife,

Congrats on the new VP of Operations role at Kestrel Logistics.

New ops leaders often start by looking at dock scheduling. Our yard system
books carrier slots automatically and cuts detention fees by around 20%.

Would it help if I sent a short teardown of how a similar 3PL set it up?

Best,
Marco
""", []),

C("vendor-switch-status-quo-sba", "txt", """
Rep: So, what would it take to move your payroll over?
Client: Honestly, we're happy with our current provider. The team knows it and
nobody's complaining.
Rep: Our payroll runs in half the time, and we include the pension filings that
your current provider charges extra for. Could I send you a side-by-side?
Client: You can send it.
""", [L("solution-before-acknowledgment", "Our payroll runs in half the time")]),

C("eml-outlook-scripted-understand-concerns", "eml", """
From: Harvey Mills <harvey@ridgewaysecurity.example>
To: Operations <ops@larkspurhotels.example>
Subject: RE: CCTV downtime at Larkspur Central
Date: Wed, 18 Mar 2026 09:05:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Fatima,

We completely understand your concerns. Three nights of CCTV downtime at the
Central property, with a break-in on the second night, is serious. Our
engineer can be on site at 8 tomorrow to replace the recorder. Shall I book
him in?

Regards,
Harvey

-----Original Message-----
From: Fatima Ali
Sent: 17 March 2026 21:40
To: Harvey Mills
Subject: CCTV downtime at Larkspur Central

Three nights of CCTV downtime at Central and we had a break-in on the second
night. I am extremely concerned.
""", [L("scripted-empathy", "We completely understand your concerns")]),

C("auto-parts-conceded-worse", "txt", """
Prospect: Your catalogue search is worse than PartsHub's. My counter staff
can't find anything by VIN.
SDR: Not being able to find parts by VIN at the counter slows every sale.
I won't argue with that, our search is weaker than PartsHub's on VIN lookups.
Could I show your counter lead the new VIN search in beta on Friday?
Prospect: Okay.
""", [L("conceded-fact", "I won't argue with that, our search is weaker than PartsHub's")]),

C("telehealth-ewd-script-final", "txt", """
Agent: Hi, this is Marisa from CareLink. I saw your survey response.
Customer: The video kept freezing in my appointment with the psychiatrist, and I
had to explain everything twice. It was humiliating.
Agent: I'm so sorry the video kept freezing during your psychiatrist
appointment. Having to explain everything twice in a session like that must
have felt humiliating.
Customer: It did.
Agent: Would you like me to book you a free repeat session by phone this week?
""", [L("empathy-without-direction", "Having to explain everything twice in a session like that must")]),

C("pet-insurance-clean-agree-goal", "txt", """
Hi Nadia,

You're right that what matters most is knowing Pepper's hip surgery would be
covered if it comes to that. It sounds like the exclusions page left you
unsure. Could I call you tomorrow at lunch and go through the orthopaedic
cover line by line?

Best,
Conor

On Fri, Mar 20, 2026, Nadia Haddad wrote:
> What matters most to me is knowing Pepper's hip surgery would be covered.
> The exclusions page left me unsure.
""", []),

C("ecommerce-quick-but-thorough-trap", "txt", """
Hi Benedikt,

The audit of your checkout flow is quick but thorough: we look at every step
from cart to confirmation and send a short video of what we'd fix.

Would you like one for the Kellerhaus store? I can have it to you by Friday.

Cheers,
Suki
""", []),

C("school-transport-at-least-and-pressure", "txt", """
Hi Mr. Okonkwo,

I'm sorry the bus was forty minutes late again this morning and your son
missed the start of his exam. At least he made it in for the second paper.
Heads-up: there are only three seats left on the earlier route next term. Shall I reserve one for him?

Kind regards,
Transport Office

On Mon, Mar 23, 2026, Chidi Okonkwo wrote:
> The bus was forty minutes late again and my son missed the start of his
> exam.
""", [L("minimizing-language", "At least he made it in"),
      L("pressure-after-empathy", "there are only three seats left")]),

C("chat-followup-any-news", "txt", """
Rep: Hey Oskar, any news on the signed order form? 🙂
Rep: Would it help if I hopped on a call with your legal team Thursday?
""", [L("follow-up-cliche", "any news on the signed order form")]),

C("media-buying-generic-twice", "txt", """
AE: How did the spring campaign land with your leadership?
Buyer: Badly. CPMs doubled mid-flight and nobody on your side warned us.
AE: Oof, that's not great. Could we review the pacing report together
tomorrow, with a plan to claw back the overspend?
Buyer: Maybe. My CMO is also annoyed we found out from our own dashboard.
AE: That's tough to hear. Would it help if our account director called your
CMO directly this week?
Buyer: Yes.
""", [L("generic-reflection", "Oof, that's not great."),
      L("generic-reflection", "That's tough to hear.")]),

C("erp-sba-let-me-show", "txt", """
Hi Camille,

Let me show you the new month-end close workflow: it pre-fills accruals and
flags variances before your controllers ever open a spreadsheet.

Free on Thursday at 2?

Regards,
Hugo

On Mon, Mar 30, 2026, Camille Roy wrote:
> Month-end close takes our controllers eight days and most of that is
> spreadsheet wrangling in your ERP. I'm tired of defending it to the CFO.
""", [L("solution-before-acknowledgment", "Let me show you the new month-end close workflow")]),

C("physio-clinic-stock-get-you", "txt", """
Hi Dev,

I get you, and I'm sorry the booking app logged you out mid-payment twice.
Losing your slot with Anna because of the app is annoying. I've rebooked you
with Anna on Tuesday at 6 p.m.; does that still work?

Thanks,
Reception, Northside Physio

On Wed, Mar 25, 2026, Dev Malhotra wrote:
> The booking app logged me out mid-payment twice and I lost my slot with Anna.
""", [L("scripted-empathy", "I get you")]),
]
