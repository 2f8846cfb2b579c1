from build import C

CASES = [
C("inline-dock-doors-detention", "txt", """
Hi Wes, replies below.

On Fri, Dec 4, 2026, Wes Harlan wrote:
> The dock scheduling tool keeps double-booking doors. Drivers are waiting two hours and we're getting detention invoices from carriers.

We pushed a fix for the double-booking logic on Wednesday, and doors now lock when a carrier confirms. I'd like to review last week's bookings with you to confirm it's holding. Does Tuesday at 10 work?

> Are you going to cover the detention charges?

Detention is just a few hundred dollars per incident, so let's see how the next two weeks go and revisit.

Thanks,
Gail
""", [("SBA", "We pushed a fix for"), ("ML", "just a few hundred dollars per incident")]),

C("cfo-term-can-see-why-twice", "txt", """
AE: I can see why the board pushed back on a three-year term after the last platform was sunset mid-contract. What term length would they be comfortable with?
CFO: One year, with an out if you get acquired.
AE: I can see why an out matters to them if we get acquired, given that history. We can do a one-year term with a change-of-control termination right. Shall I have legal send the redline by Wednesday?
CFO: Please.
"""),

C("campaign-loud-and-clear", "txt", """
Hi Marisol,

We hear you loud and clear. The October campaign underdelivered on leads, and your sales team felt the gap in November pipeline.

Warmly,
The Brightline team

On Tue, Dec 1, 2026, Marisol Vega wrote:
> The October campaign underdelivered. Our sales team felt it in the November pipeline and my VP is asking questions.
""", [("SE", "We hear you loud and clear"),
      ("EWD", "The October campaign underdelivered on leads, and your sales team felt the gap in November pipeline.")]),

C("field-app-agreed-behind", "txt", """
Hi Tariq,

It sounds like your field reps are frustrated that logging visits on the mobile app takes them longer than it did in Salesforce, and that's showing up in empty CRM records.

Agreed, our mobile app is behind Salesforce's on offline logging. We're shipping offline mode in February, and until then I can set up voice-to-note capture, which takes reps about 20 seconds per visit. Could I demo it to two of your reps on Wednesday?

Best,
Ellen

On Fri, Dec 4, 2026, Tariq Hassan wrote:
> My field reps are frustrated. Logging a visit on your mobile app takes longer than it did in Salesforce, especially offline, and half the CRM records are empty.
""", [("CF", "Agreed, our mobile app is behind Salesforce's on offline logging")]),

C("oakridge-any-update-text", "txt", """
Hi Mrs. Chen, any update on whether you'd like to see the Oakridge house again? The sellers repainted the upstairs bedrooms last week, so it looks quite different now.

I'm free Thursday after 4 or Saturday morning if you'd like a second look.

Warm regards,
Phil
""", [("FUC", "any update")]),

C("patient-monitors-quote-gap", "txt", """
Rep: You mentioned the quote for the two patient monitors came in above what purchasing expected. What number were they working with?
Customer: About $8,000 less. And the other vendor came in lower too.
Rep: So you're $8,000 over what purchasing expected and you have a lower quote from the other vendor in hand, that's a hard position to defend internally. Would it help if I broke down what's in our quote, including the five-year service, so you can compare line by line?
Customer: Yes, send that.
"""),

C("holiday-party-vegan-plates", "txt", """
Hi Gemma,

That's a rough way to end the year. Yeah, our catering team dropped the ball on the dietary cards, and the vegan plates going out late is on us.

I've credited the full catering line for the vegan guests and briefed our banquet captain on your January event. Would you like to do a tasting with the chef before then to go over every dietary card together?

Best,
Ramon
The Foundry Hall

On Sat, Dec 5, 2026, Gemma Lowe wrote:
> Our vegan guests got their plates 40 minutes after everyone else at the holiday party. The dietary cards were ignored. I was mortified in front of my CEO.
""", [("GR", "That's a rough way to end the year."),
      ("CF", "Yeah, our catering team dropped the ball on the dietary cards")]),

C("fence-claim-buyer-dont-worry", "txt", """
Hi Mr. Dube,

You wrote that you'd been told insurance covers everything, and now you're finding out the fence isn't part of the windstorm claim. That's a painful surprise on top of the storm cleanup itself.

Fences are covered under the "other structures" part of your policy, up to $12,400. I've opened that part of the claim. Can our adjuster come out Tuesday morning to measure it?

Best,
Anita
Crestview Home Insurance

> My daughter said "don't worry, insurance covers everything." Now you're telling me the fence isn't part of the windstorm claim?
"""),

C("benefits-checking-in-again", "txt", """
Hi Brendan,

Checking in again on the group benefits quote for Lakeshore Dental. I haven't seen it come back signed, and open enrollment for your staff starts January 15.

If anything in the quote is holding you up, would a 15-minute call tomorrow help sort it out?

Best,
Corinne
""", [("FUC", "Checking in again")]),

C("5g-building-b-buyer-but", "txt", """
Rep: Last week you said the 5G coverage at your two warehouses was the deciding factor. Did the site survey results answer that?
Prospect: I hear you, but the survey showed one bar inside Building B. That's not going to work for our scanners.
Rep: One bar inside Building B won't work for scanners, and I'm glad the survey caught it before you committed. We can put a small cell on the Building B roof at no charge. Would you like our engineer to walk the site with your facilities lead next Tuesday?
Prospect: Yes.
"""),

C("family-plan-fair-enough-weaker", "txt", """
Rep: Thanks for taking the call, Mr. Alvarez. You mentioned you were thinking about switching your family plan. What's driving that?
Customer: The coverage at our cabin. We drive up every weekend and nobody's phone works once we're past Silver Lake.
Rep: Losing signal past Silver Lake every weekend, with the whole family up there, is a real problem. Fair enough, our network is weaker than Verizon's in that part of the mountains. Can I check whether a signal booster for the cabin would cover you before you decide?
Customer: Okay, check.
""", [("CF", "Fair enough, our network is weaker than Verizon's in that part of the mountains")]),

C("cold-attendance-district", "txt", """
Subject: Attendance nudges for Ridgeway Unified

Hi Dr. Sandoval,

Chronic absenteeism at Ridgeway's middle schools was 19% last year, according to the state dashboard. Districts using Attendly's text nudges to families have cut that by a fifth in one semester.

Could I send you the results from Carver County, which is about your size?

Best,
Mira
"""),

C("routing-dispatch-thats-tough", "txt", """
SDR: Hi Paula, it's Vic from Routewise. You filled out our form about route planning. What's going on with your routes today?
Prospect: Our dispatchers build routes by hand every morning. It takes them until 9, and the drivers sit in the yard waiting.
SDR: That's tough. How many drivers are we talking about?
Prospect: Forty-two.
SDR: Forty-two drivers sitting in the yard until 9 is a lot of paid hours. Would it help if I built tomorrow's routes in Routewise from your stop list so your dispatchers can compare?
Prospect: Sure, I'll send it.
""", [("GR", "That's tough.")]),

C("dental-plan-new-hire", "eml", """
From: Keiko Sato <ksato@pinnaclebenefits.com>
To: Aaron Reyes <aaron@reyesarchitects.com>
Subject: RE: Adding a new hire to the dental plan
Date: Fri, 4 Dec 2026 16:20:00 -0800
Content-Type: text/plain; charset=utf-8

Hi Aaron,

Yes, we can add Julia to the dental plan effective January 1. I've attached the enrollment form; once she signs it, send it back to me and I'll submit it the same day.

Do you want her on single or family coverage?

Keiko

-----Original Message-----
From: Aaron Reyes
Sent: Friday, December 4, 2026 2:02 PM
To: Keiko Sato
Subject: Adding a new hire to the dental plan

Hi Keiko, we just hired Julia Park. Can she be added to the dental plan from January?
"""),

C("rugged-tablet-check-in", "txt", """
Hi Noor,

Just wanted to check in on the rugged tablet quote for your field service team. Since we last spoke, the 10-inch model went into stock at our Dallas warehouse, so delivery would be about a week.

Would it help if I sent a demo unit for your lead tech to try for two weeks?

Best,
Jaime
""", [("FUC", "Just wanted to check in")]),

C("hotel-noise-front-desk", "txt", """
Agent: Good evening, front desk, this is Lila.
Customer: Hi, the people in the room next to us have been shouting for an hour. We have a 6am flight and we can't sleep.
Agent: An hour of shouting next door the night before a 6am flight, I'd be exhausted too. I'm sending security up now, and I can move you to a quiet room on the top floor right away. Would you like me to bring the new keys to you?
Customer: Yes, please.
"""),

C("cfo-discovery-openers", "md", """
# Discovery openers for CFO calls

Keep it to one question. Don't open with the deck, and don't say "I know you're busy, so I'll be quick."

Prospect says: "We're under pressure to cut costs this quarter."

Try:

> Cutting costs this quarter puts every line item under a microscope. Which budgets are getting the hardest look right now?

If they name a line, ask how it's measured before you mention our numbers.
"""),

C("spindle-retrofit-short-but-thorough", "txt", """
Hi Oskar,

Thanks for the call on Thursday. As promised, here's the plan for the spindle retrofit at your Gdansk plant.

The changeover is short but thorough: our two technicians arrive Monday, swap the spindles on lines 1 and 2 by Wednesday, and run acceptance cuts on your parts Thursday. Your operators get a half-day of training on Friday.

Can you confirm that the week of January 11 still works for your production schedule?

Best,
Henrik
"""),

C("icu-nurses-sequence", "txt", """
Step 1
Subject: Night-shift nurses for {{facility_name}}

Hi {{first_name}},

We place travel ICU nurses within 10 days, and we've staffed 14 hospitals in {{state}} this year. Would it help to see profiles of three nurses available in January?

Step 2 (day 5)

Hi {{first_name}},

One more idea: several of our clients use a 13-week contract to cover winter census, then convert the nurse to staff. I can send the conversion terms if that's useful. Want them?

{{sender_signature}}
"""),

C("card-declined-pharmacy", "txt", """
Hi Mr. Greene,

I understand your card was declined twice at the pharmacy on Saturday while our fraud system flagged the new terminal, and I'm sorry you had to leave without your prescription.

The flag is cleared and your card works normally again. I've also switched your alerts to text so you can approve any flagged charge on the spot. Would you like me to walk you through approving one, in case it happens again?

Best,
Yvonne
Harbor Credit Union

> My card got declined twice at the pharmacy Saturday. I had to leave without my prescription. What is going on?
"""),

C("estimator-avoid-use-table", "md", """
# Estimator handbook: delivering a high bid

Don't worry about matching the low bidder line by line; explain what ours includes.

| Avoid | Use |
|---|---|
| "I hear you, but our numbers are firm." | "It sounds like the gap to the low bid is what your owner will ask about first. Can I walk you both through what's included?" |
| "It's only 6% more." | "You're 6% over what you hoped to spend. Would a phased scope help?" |
"""),

C("case-price-deadlock", "txt", """
Rep: We've been going back and forth on the case price for three weeks. Where do you stand today?
Buyer: Same place. We can't go above $41 a case, and you keep saying $44.
Rep: Seems like we're both protecting what matters most: you can't go above $41 a case, and we've been holding at $44. What if we met at $42.50 on a 12-month volume commitment?
Buyer: Let me run it by my boss.
"""),

C("crm-renewal-inline-crlf", "eml", """
From: Rosa Mendel <rosa@pivotcrm.com>
To: Ian Thorpe <ian@thorpeandco.co.uk>
Subject: Re: Questions before we renew
Date: Sat, 5 Dec 2026 10:02:00 +0000
Content-Type: text/plain; charset=utf-8

Hi Ian, answers inline.

On Fri, 4 Dec 2026 at 17:40, Ian Thorpe wrote:
> Can we drop from 25 seats to 20 at renewal?

Yes, seat count can change at each renewal.

> Honestly the team was disappointed that the email sync kept duplicating contacts this year. I'm not sure it's worth another year.

I'm sorry the email sync kept duplicating contacts and left the team disappointed; cleaning that up by hand is no way to spend a year. The duplication bug was fixed in October, and I can run a merge on your existing duplicates this week so you start the renewal clean. Would Wednesday suit?

Rosa
""", crlf=True),

C("freight-spend-two-sides", "txt", """
Hi Anders,

So you want to cut freight spend by 10% next year but can't afford any slip in on-time delivery to your grocery accounts, that's a tight line to walk.

Would it help if I modeled your top 20 lanes with a mix of rail and truck, and showed the on-time history for each, by next Friday?

Best,
Marit

On Thu, Dec 3, 2026, Anders Lund wrote:
> We need to cut freight spend 10% next year. But our grocery accounts won't tolerate any slip in on-time delivery.
"""),

C("outback-touching-base", "txt", """
Hi Keith,

Touching base about the Outback you test drove on the 28th. The 0.9% financing we talked about is still available through December 31.

Would you like to come back in for a second drive this weekend?

Thanks,
Marla
Eastside Subaru
""", [("FUC", "Touching base")]),

C("shortlist-weaker-youre-right", "txt", """
Hi Mandy,

I'm sorry the last three engineers we put forward didn't make it past your tech screen; that's a lot of your team's interview hours.

You're right, our shortlist this quarter was weaker than what we sent you last year. I've rebuilt the search with your lead engineer's take-home test as a pre-screen. Can I send the first two profiles on Monday?

Best,
Joel
Keystone Talent

On Fri, Dec 4, 2026, Mandy Cho wrote:
> None of the last three engineers made it past our tech screen. Your shortlist this quarter was weaker than last year's and it's burning my team's interview hours.
""", [("CF", "You're right, our shortlist this quarter was weaker than what we sent you last year")]),

C("resort-kids-pool-goal", "txt", """
Hi Nina,

You're right that the kids' pool hours matter more than the room view for this trip, and it sounds like the last resort closing the pool at 5 was a letdown for the whole family.

Our family pool is open until 9pm every night, and I can hold a connecting-room rate for your dates while you check with your husband. Would that help?

Best,
Ahmed
Coral Bay Resort

> For this trip the kids' pool hours matter more than the view. Last resort closed the pool at 5 and the kids were miserable.
"""),

C("hoa-deck-stage-direction", "txt", """
Rep: You said the HOA rejected the first deck plan. What reasons did they give?
Client: Railing height and the stain color. Honestly I'm sick of redrawing this thing.
Rep: (calm, slower pace) Redrawing the deck plan again after the HOA sent it back for the railing height and stain color is tiring. If you send me their letter, I'll mark up a revision tonight that matches their exact wording. Would that work?
Client: Fine.
"""),

C("series-b-congrats-nbsp", "txt", """
Hi Sophie,

Congrats on closing the Series\u00a0B! Since you mentioned hiring 15 engineers in Q1, I've put together a shortlist of three employer-branding packages that fit that pace.

Could we look at them together on Tuesday?

Best,
Reza
"""),

C("sofa-delivery-two-week-delay", "txt", """
Hi Mrs. Adeyemi,

I'm sorry the sectional won't make it before your family arrives for the holidays; you planned the whole living room around it.

It's just a two-week delay from the factory, and the new delivery date is January 4. In the meantime I can lend you two armchairs from our floor stock at no charge. Would Thursday work to drop them off?

Best,
Gil
Harlow Home

> The sectional was supposed to arrive before my family comes for the holidays. I planned the whole living room around it and now you're telling me January?
""", [("ML", "just a two-week delay")]),
]
