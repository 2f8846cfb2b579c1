from build import C, L

CASES = [
C("3pl-no-wonder-but", "txt", """
Hi Annika,

No wonder your ops team got spooked by the three-week ramp-up on the last
warehouse move. But our ramp is down to eight days now, with a supervisor on
your floor the whole time. Could I bring the eight-day plan to your ops
meeting on the 9th?

Regards,
Felipe

On Fri, Apr 3, 2026, Annika Berg wrote:
> My ops team is spooked. The last warehouse move had a three-week ramp-up and
> we were shipping late the entire time.
""", [L("but-bridge", "But", "But our ramp")]),

C("charity-quarterly-billing-appreciate-but", "txt", """
Hi Graham,

I appreciate that quarterly billing up front is tough for a charity with your
cash flow, but we can't move to monthly for the volunteer module. Would it
help to split this year's first quarter across two invoices?

Kind regards,
Niamh

On Wed, Apr 1, 2026, Graham Tull wrote:
> Quarterly billing up front is tough for a charity with our cash flow.
""", [L("but-bridge", "but", "cash flow, but we can't")]),

C("scottish-delivery-aye-but", "txt", """
Hiya Morag,

Aye, I can see the delivery charges on the wee orders have got your back up,
but we've got the minimum order at £50 for a reason. Would a standing weekly
order for the café work better for you? Happy to ring you Monday to sort it.

Cheers,
Euan, Glen Dairies

On Tue, Mar 31, 2026, Morag Reid wrote:
> The delivery charges on wee orders are getting my back up.
""", [L("but-bridge", "but", "but we've got the minimum order")]),

C("contract-length-typo-but", "txt", """
Hi Adrienne,

I undrestand the 24-month term feels like a trap after how hard it was to get
out of your last vendor's contract, but we cant go below 24 months on this
pricing. Could we look at a 12-month break clause together on Thursday?

thx,
Bo

On Mon, Mar 30, 2026, Adrienne Coles wrote:
> A 24-month term feels like a trap. It was so hard to get out of our last
> vendor's contract.
""", [L("but-bridge", "but", "contract, but we cant")]),

C("i-hear-you-but-combo", "txt", """
CFO: Three weeks to get a purchase order through legal is the fastest we can
go. Your end-of-month date isn't realistic for us.
AE: I hear you, but our implementation team can't schedule anything without a
signed order. What would help legal move faster, a redline call?
CFO: Possibly.
""", [L("scripted-empathy", "I hear you"),
      L("but-bridge", "but", "I hear you, but")]),

C("data-residency-fair-worry-however", "txt", """
Hi Henrik,

Wanting your patients' records to stay in the EU is a fair worry after what
you read about the US subpoenas — however, our EU region keeps every copy of
the data in Frankfurt. Could our data protection officer join a call with yours
next week?

Best,
Malika

On Thu, Apr 2, 2026, Henrik Vos wrote:
> I'm worried our patients' records won't stay in the EU. I read about the US
> subpoenas.
""", [L("but-bridge", "however", "however, our EU region")]),

C("pricing-topic-reference-sba", "txt", """
Hi Mr. Sandoval,

About the pricing you raised, we can waive the setup fee and start billing from
the first live shipment.

Would a call on Wednesday to finalise the order form work?

Regards,
Astrid

On Tue, Apr 7, 2026, Ricardo Sandoval wrote:
> Your pricing is 30% higher than the other broker's. I can't take that to my
> partners.
""", [L("solution-before-acknowledgment", "About the pricing you raised, we can waive the setup fee")]),

C("chat-annual-lockin-sba", "txt", """
Customer: I'm nervous about getting locked into an annual plan again. Last
time I couldn't cancel when we stopped using it.
Agent: Good news: there's a monthly plan now, and Pixelnest lets you cancel
from the billing page any time. Want me to switch your quote to monthly?
Customer: Yes.
""", [L("solution-before-acknowledgment", "Good news: there's a monthly plan now")]),

C("cloud-uptime-product-name-sba", "eml", """
From: Tobias Brandt <tobias@acmecloud.example>
To: Liane Kraus <liane@hoffmannlogistik.example>
Subject: Re: the outage on Tuesday
Date: Thu, 09 Apr 2026 07:30:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Liane,

Acme Cloud guarantees 99.99% uptime and credits 10% of the monthly fee for
every hour below it. Tuesday's credit is already on your account.

Can I walk your IT lead through the incident report on Friday?

Tobias

> Tuesday's outage stopped our dispatch system for four hours. Our drivers
> sat in the yard. I'm not confident in your platform anymore.
""", [L("solution-before-acknowledgment", "Acme Cloud guarantees 99.99% uptime")]),

C("know-how-annoying-scripted", "txt", """
Hi Ferdinand,

I know how annoying that must be. The sync dropping your calendar invites
twice in one week, with clients showing up to empty rooms, is embarrassing for
your front desk. I've pushed a fix to your account; could I call you at 4 to
check the invites come through?

Best,
Yara

On Wed, Apr 8, 2026, Ferdinand Ocampo wrote:
> Your sync dropped our calendar invites twice this week. Clients showed up to
> empty rooms.
""", [L("scripted-empathy", "I know how annoying that must be")]),

C("we-hear-you-guys-scripted-conceded", "txt", """
Rep: Thanks for the candid feedback at the QBR.
Client: Your onboarding for new franchisees takes forever. Ten weeks for a
coffee shop is absurd.
Rep: We hear you guys. Ten weeks to get a new coffee-shop franchisee open is a
long time to wait on us. Yeah, our onboarding does take forever for single-site
franchisees. Could we pilot a four-week track with your next two openings?
Client: Let's try it.
""", [L("scripted-empathy", "We hear you guys"),
      L("conceded-fact", "Yeah, our onboarding does take forever")]),

C("price-increase-fair-conceded", "txt", """
Hi Ottilie,

I can see why the 12% increase on your renewal landed badly after a year where
the reporting module barely changed. That's fair, the product hasn't improved
enough to warrant a 12% increase. Can we get on a call Thursday to look at a
renewal at last year's rate with the reporting roadmap attached?

Regards,
Mats

On Mon, Apr 6, 2026, Ottilie Vance wrote:
> A 12% increase, and the reporting module barely changed all year.
""", [L("conceded-fact", "That's fair, the product hasn't improved")]),

C("marketplace-fees-lopsided", "txt", """
Seller: How are things going on the marketplace since you launched?
Customer: The fees are lopsided. You take 18% and I still pay for shipping
labels.
Seller: Paying 18% and still covering your own shipping labels eats into every
sale, I can see that. You're right, our fees are lopsided for sellers at your
volume. Would you like to move to the Pro tier trial, where the commission
drops to 12%?
Customer: Send me the details.
""", [L("conceded-fact", "You're right, our fees are lopsided")]),

C("multicurrency-fair-doesnt-handle", "txt", """
Hi Ngozi,

Invoicing your Lagos and London clients from two different tools sounds like a
month-end headache for your finance team. Fair, our app doesn't handle
multi-currency invoicing today. Could I show you the workaround two agencies
use, on a call Tuesday?

Cheers,
Rhys

On Fri, Apr 3, 2026, Ngozi Eze wrote:
> We invoice our Lagos and London clients from two different tools because
> your app doesn't handle multi-currency.
""", [L("conceded-fact", "Fair, our app doesn't handle")]),

C("freight-forwarder-ewd-hope-helps", "txt", """
Hi Karan,

Having the container held at Felixstowe for nine days while your customer's
launch date passed is a nightmare, and I'm sorry you went through it. I can
see why your customer's frustration landed on you. The nine days at
Felixstowe were stressful for everyone on your side, I'm sure.

Hope this helps.

Best,
Wendy

On Thu, Apr 2, 2026, Karan Mehta wrote:
> Our container was held at Felixstowe for nine days and our customer's
> launch date passed. They are furious with us.
""", [L("empathy-without-direction", "The nine days at")]),

C("university-housing-ewd-script", "txt", """
Agent: Residence office, this is Hamza.
Customer: My daughter's room has had black mould for a month and nobody has
come to look at it. She's been sleeping on a friend's floor.
Agent: A month of black mould in her room, with nobody coming to look, is
really worrying, and sleeping on a friend's floor is no way to get through
term. I'm so sorry she's had to deal with that.
Customer: So what happens now?
Agent: Would it help if I booked a maintenance visit for tomorrow morning and
moved her to a spare room tonight?
""", [L("empathy-without-direction", "I'm so sorry she's had to deal with that.")]),

C("legal-tech-ewd-quoted", "txt", """
Hi Ms. Achterberg,

I'm sorry the e-discovery platform timed out on the document review the night
before your filing deadline. Rebuilding the review set by hand at midnight is
exhausting. It's completely understandable that your partners are questioning
the platform.

Kind regards,
Saoirse

On Mon, Apr 6, 2026, Jolien Achterberg wrote:
> Your e-discovery platform timed out the night before our filing deadline.
> We rebuilt the review set by hand at midnight. My partners are questioning
> the platform.
""", [L("empathy-without-direction", "It's completely understandable that your partners")]),

C("moving-company-no-need-to-panic", "txt", """
Hi Mr. Ikeda,

I'm sorry the moving truck is stuck behind the closure on the M6 on your
moving day. No need to panic, the crew will be with you by three. Shall I ask
the driver to text you from the services so you can let the building manager
know?

Best,
Lorna, Swift Removals

On Sat, Apr 4, 2026, Ken Ikeda wrote:
> Where is the truck? We have to be out of the flat by six and the building
> manager is asking.
""", [L("minimizing-language", "No need to panic")]),

C("surgery-waitlist-just-two-weeks", "txt", """
Hi Mrs. O'Leary,

I know waiting for the knee operation while you're in pain every night has been
hard, and I'm sorry the date moved. It's just a two-week wait now. Can I
book your pre-op assessment for Monday at 10 so everything is ready?

Kind regards,
Surgical Scheduling

On Tue, Apr 7, 2026, Maeve O'Leary wrote:
> My knee operation has been moved again. I'm in pain every night.
""", [L("minimizing-language", "It's just a two-week wait")]),

C("pet-groomer-dont-fret", "txt", """
Customer: You nicked my dog's ear during the groom and it bled all over the
car seat.
Agent: I'm so sorry we nicked your dog's ear during the groom. Don't fret,
it'll heal in a couple of days. Can we cover a vet check this week and send you
the receipt details?
Customer: I'd like that.
""", [L("minimizing-language", "Don't fret")]),

C("solar-lease-generic-shame", "txt", """
Hi Cormac,

What a shame. Can I ask our monitoring team to pull your panel data and call
you with what they find by Friday?

Best,
Bríd

On Mon, Apr 6, 2026, Cormac Healy wrote:
> Our generation figures are half what the salesman promised. The bills
> haven't dropped at all.
""", [L("generic-reflection", "What a shame.")]),

C("tutoring-generic-and-pressure", "txt", """
Hi Mrs. Chowdhury,

That sounds so stressful. The spring tutoring rate holds until Monday, after
which the summer price applies. Would you like to book a free trial session
with a maths tutor this Saturday?

Kind regards,
Bright Minds Tutoring

On Sun, Apr 5, 2026, Rumana Chowdhury wrote:
> Amira's maths grades dropped two levels this term and she cries before every
> test.
""", [L("generic-reflection", "That sounds so stressful."),
      L("pressure-after-empathy", "The spring tutoring rate holds until Monday")]),

C("coffee-roaster-generic-chat", "txt", """
Client: The last three bags of espresso beans were stale on arrival. My
baristas noticed before the customers did, thankfully.
Rep: That's so disappointing. Shall I send a fresh roast on tomorrow's courier
and check the batch dates on our side?
Client: Yes please.
""", [L("generic-reflection", "That's so disappointing.")]),

C("software-audit-sign-by-15th", "txt", """
Hi Rahul,

I can see why the licence audit made your IT director nervous about adding any
new tools this year. If you can sign by the 15th, we'll include the audit
support package. Would a call with our licensing specialist on Wednesday help?

Best,
Emilia

On Thu, Apr 2, 2026, Rahul Nair wrote:
> After the licence audit our IT director is nervous about adding any new tools
> this year.
""", [L("pressure-after-empathy", "If you can sign by the 15th")]),

C("gym-promo-midnight-pressure", "txt", """
Hi Shanice,

It sounds like the last gym's contract felt impossible to leave, and you
don't want to be stuck like that again. Our no-contract promo ends at midnight
tonight. Would you like me to book your free induction for Tuesday evening?

Cheers,
Jordan, Pulse Fitness

On Tue, Apr 7, 2026, Shanice Grant wrote:
> The last gym's contract was impossible to leave. I don't want to be stuck
> like that again.
""", [L("pressure-after-empathy", "Our no-contract promo ends at midnight")]),

C("spots-filling-fast-pressure", "txt", """
Hi Tomás,

It makes sense that your teachers are wary of another professional development
day after last year's workshop ran three hours over. Spots in the May cohort are
filling fast, so I'd hate for your school to miss out. Could I send you the
agenda for the May day so you can check it with your staff?

Best,
Lucía

On Fri, Apr 3, 2026, Tomás Herrera wrote:
> My teachers are wary of another PD day. Last year's workshop ran three hours
> over.
""", [L("pressure-after-empathy", "Spots in the May cohort are")]),

C("checking-back-in", "txt", """
Hey Ines,

Checking back in on the proposal for the clinic's waiting-room screens. Did the
mock-ups land well with Dr. Saleh?

Kai
""", [L("follow-up-cliche", "Checking back in")]),

C("wanted-to-follow-up-sequence", "txt", """
Subject: re: {{company}} + Tallybook

Hi {{first_name}},

Just wanted to follow up in case my last note got lost. Happy to send a
two-minute video of how {{company}}'s invoices would look in Tallybook.

{{sender}}
""", [L("follow-up-cliche", "Just wanted to follow up")]),

C("resurfacing-thread", "txt", """
Hi Bartholomew,

Resurfacing this thread as we're nearly at the end of the quarter. Would a
short call on Monday help you decide on the fire-door inspections?

Regards,
Hollis
""", [L("follow-up-cliche", "Resurfacing this thread")]),

C("any-update-short", "txt", """
Morning Pieter - any update? Happy to tweak the quote for the extra forklift.

Sal
""", [L("follow-up-cliche", "any update?")]),
]
