/* test-date-mention.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dates/nd-date-mention.h"
#include "nd-test-utils.h"

/* One expression in a sentence, the day it was published, and what it must resolve to. */
typedef struct
{
  const char *published;
  const char *body;
  const char *text;
  const char *from;
  const char *to;
  const char *precision;
} Case;

static const Case cases[] = {
  /* Weekdays: on or before the publication unless the sentence looks ahead. */
  { "2026-03-04", "The review was released on Tuesday.",
    "Tuesday", "2026-03-03", "2026-03-03", "day" },
  { "2026-03-04", "The review was released on Wednesday.",
    "Wednesday", "2026-03-04", "2026-03-04", "day" },
  { "2026-03-04", "It was published Thursday.", "Thursday", "2026-02-26", "2026-02-26", "day" },
  { "2026-03-04", "The council will vote on Tuesday.",
    "Tuesday", "2026-03-10", "2026-03-10", "day" },
  { "2026-03-04", "Engineers are due to meet on Wednesday.",
    "Wednesday", "2026-03-04", "2026-03-04", "day" },
  { "2026-03-04", "On Friday, the council will vote.",
    "Friday", "2026-03-06", "2026-03-06", "day" },
  { "2018-01-01", "The flight was scheduled to leave at 11:55 p.m. Sunday.",
    "Sunday", "2017-12-31", "2017-12-31", "day" },
  { "2026-03-04", "At Tuesday’s meeting, she said: ‘We will fix it.’",
    "Tuesday", "2026-03-03", "2026-03-03", "day" },
  { "2026-03-04", "A statement issued Tuesday evening said little.",
    "Tuesday evening", "2026-03-03", "2026-03-03", "day" },
  { "2026-03-04", "They met last Wednesday.", "last Wednesday", "2026-02-25", "2026-02-25", "day" },
  { "2026-03-10", "They meet next Monday.", "next Monday", "2026-03-16", "2026-03-16", "day" },
  { "2026-03-01", "It sank on Saturday.", "Saturday", "2026-02-28", "2026-02-28", "day" },
  { "2024-03-01", "It sank on Thursday.", "Thursday", "2024-02-29", "2024-02-29", "day" },
  { "2026-01-01", "It sank on Wednesday.", "Wednesday", "2025-12-31", "2025-12-31", "day" },
  { "2025-12-30", "They will meet on Friday.", "Friday", "2026-01-02", "2026-01-02", "day" },
  { "2017-12-30", "In this Thursday, Dec. 28, 2017 photo, a girl.",
    "Thursday, Dec. 28, 2017", "2017-12-28", "2017-12-28", "day" },
  { "2018-01-01", "It landed on Sun. Dec. 31, 2017.",
    "Sun. Dec. 31, 2017", "2017-12-31", "2017-12-31", "day" },

  /* Looking ahead beyond "will": a clause that opens the sentence takes the main clause's
   * tense, the first verb of it deciding; timetables in the present; "ahead of". */
  { "2026-03-04", "When it launches on Tuesday, the rocket will carry a car.",
    "Tuesday", "2026-03-10", "2026-03-10", "day" },
  { "2026-03-04", "When it launched on Tuesday, the rocket was carrying a car.",
    "Tuesday", "2026-03-03", "2026-03-03", "day" },
  { "2026-03-04", "As crowds gather on Sunday night, medics will stand by.",
    "Sunday night", "2026-03-08", "2026-03-08", "day" },
  { "2026-03-04", "BERLIN — As thousands gather at the city's Gate on Sunday night, "
    "medics will stand by.", "Sunday night", "2026-03-08", "2026-03-08", "day" },
  { "2026-03-04", "According to the observatory, Monday will see a full moon.",
    "Monday", "2026-03-09", "2026-03-09", "day" },
  { "2026-03-04", "The tram, believed to have been going too fast, crashed on Tuesday.",
    "Tuesday", "2026-03-03", "2026-03-03", "day" },
  { "2026-03-04", "Sunday’s crash comes after the chief told staff the airline will change.",
    "Sunday", "2026-03-01", "2026-03-01", "day" },
  { "2026-03-04", "Sunday night’s show was the festival’s last scheduled one.",
    "Sunday night", "2026-03-01", "2026-03-01", "day" },
  { "2026-03-04", "The trial begins Monday.", "Monday", "2026-03-09", "2026-03-09", "day" },
  { "2026-03-04", "Officials expect a decision by Friday.",
    "Friday", "2026-03-06", "2026-03-06", "day" },
  { "2026-03-04", "Ahead of Friday’s vote, the mayor met the fishermen.",
    "Friday", "2026-03-06", "2026-03-06", "day" },
  { "2026-03-04", "He left this past Sunday.",
    "this past Sunday", "2026-03-01", "2026-03-01", "day" },
  { "2017-10-02", "The festival was held this past weekend.",
    "this past weekend", "2017-09-30", "2017-10-01", "approximate" },

  /* Days around the publication: across month and year ends and 29 February. */
  { "2026-03-01", "It was published yesterday.", "yesterday", "2026-02-28", "2026-02-28", "day" },
  { "2024-03-01", "It was published yesterday.", "yesterday", "2024-02-29", "2024-02-29", "day" },
  { "2026-01-01", "The meeting was held yesterday evening.",
    "yesterday evening", "2025-12-31", "2025-12-31", "day" },
  { "2025-12-31", "The bridge reopens tomorrow.", "tomorrow", "2026-01-01", "2026-01-01", "day" },
  { "2026-03-30", "The council confirmed it this afternoon.",
    "this afternoon", "2026-03-30", "2026-03-30", "day" },
  { "2026-03-30", "Fireworks lit the sky last night.",
    "last night", "2026-03-29", "2026-03-29", "day" },
  { "2026-03-30", "Today they did the right thing.", "Today", "2026-03-30", "2026-03-30", "day" },

  { "2026-03-04", "It began the day before yesterday.",
    "the day before yesterday", "2026-03-02", "2026-03-02", "day" },
  { "2025-12-30", "It ends the day after tomorrow.",
    "the day after tomorrow", "2026-01-01", "2026-01-01", "day" },

  /* Weeks run Monday to Sunday. */
  { "2026-03-04", "The meeting was last week.", "last week", "2026-02-23", "2026-03-01", "week" },
  { "2026-03-08", "It was charged this week.", "this week", "2026-03-02", "2026-03-08", "week" },
  { "2026-03-08", "Experts called on it last week.", "last week", "2026-03-02", "2026-03-08", "week" },
  { "2025-12-30", "The vote is next week.", "next week", "2026-01-05", "2026-01-11", "week" },
  /* On a Sunday, "this week" looking ahead is the week to come */
  { "2026-03-08", "The rocket will launch later this week.",
    "this week", "2026-03-09", "2026-03-15", "week" },
  { "2026-03-08", "The rocket launched earlier this week.",
    "this week", "2026-03-02", "2026-03-08", "week" },
  { "2026-03-04", "The rocket will launch later this week.",
    "this week", "2026-03-02", "2026-03-08", "week" },

  { "2026-03-09", "Protesters marched last weekend.",
    "last weekend", "2026-03-07", "2026-03-08", "approximate" },
  { "2026-03-08", "Protesters march this weekend.",
    "this weekend", "2026-03-07", "2026-03-08", "approximate" },
  { "2026-02-25", "The fair opens next weekend.",
    "next weekend", "2026-03-07", "2026-03-08", "approximate" },
  { "2026-03-09", "Protesters marched over the weekend.",
    "the weekend", "2026-03-07", "2026-03-08", "approximate" },
  { "2026-03-08", "Protesters marched over the weekend.",
    "the weekend", "2026-03-07", "2026-03-08", "approximate" },
  { "2026-03-04", "Protesters will march at the weekend.",
    "the weekend", "2026-03-07", "2026-03-08", "approximate" },
  { "2024-02-28", "The fair opens this weekend.",
    "this weekend", "2024-03-02", "2024-03-03", "approximate" },

  /* Months and years. */
  { "2026-03-04", "The bidder was named last month.",
    "last month", "2026-02-01", "2026-02-28", "month" },
  { "2024-03-10", "The bidder was named last month.",
    "last month", "2024-02-01", "2024-02-29", "month" },
  { "2026-01-15", "The bidder was named last month.",
    "last month", "2025-12-01", "2025-12-31", "month" },
  { "2025-12-15", "The work starts next month.",
    "next month", "2026-01-01", "2026-01-31", "month" },
  { "2026-03-30", "Councillors voted this month.",
    "this month", "2026-03-01", "2026-03-31", "month" },
  { "2026-03-04", "He said so last year.", "last year", "2025-01-01", "2025-12-31", "year" },
  { "2026-03-17", "Come back this time next year.",
    "next year", "2027-01-01", "2027-12-31", "year" },

  /* Dates and months without a year: the nearest, or ahead when the sentence looks ahead. */
  { "2026-03-13", "It must be signed on 4 July.", "4 July", "2026-07-04", "2026-07-04", "day" },
  { "2026-03-06", "It must be signed by July 4.", "July 4", "2026-07-04", "2026-07-04", "day" },
  { "2026-03-30", "It had been expected to sign on 12 March.",
    "12 March", "2026-03-12", "2026-03-12", "day" },
  { "2018-01-01", "The fire started on Dec. 31.", "Dec. 31", "2017-12-31", "2017-12-31", "day" },
  { "2018-01-14", "The eclipse will come on January 31st.",
    "January 31st", "2018-01-31", "2018-01-31", "day" },
  { "2026-03-06", "She heard a few days before Christmas.",
    "Christmas", "2025-12-25", "2025-12-25", "day" },
  { "2018-01-01", "Crowds gathered on New Year’s Eve.",
    "New Year’s Eve", "2017-12-31", "2017-12-31", "day" },
  { "2017-12-30", "Police prepared for the city’s New Year Eve festivities.",
    "New Year Eve", "2017-12-31", "2017-12-31", "day" },
  { "2017-12-01", "They met at Thanksgiving.", "Thanksgiving", "2017-11-23", "2017-11-23", "day" },
  { "2017-12-01", "They met on Thanksgiving Day 2016.",
    "Thanksgiving Day 2016", "2016-11-24", "2016-11-24", "day" },
  { "2017-12-01", "The store closed on Labor Day.",
    "Labor Day", "2017-09-04", "2017-09-04", "day" },
  { "2017-12-01", "He died on Memorial Day 2015.",
    "Memorial Day 2015", "2015-05-25", "2015-05-25", "day" },
  { "2026-03-06", "Signing on the Fourth of July is a joke.",
    "Fourth of July", "2026-07-04", "2026-07-04", "day" },
  { "2026-03-04", "The plans were published in January.",
    "January", "2026-01-01", "2026-01-31", "month" },
  { "2026-01-10", "The plans were published in November.",
    "November", "2025-11-01", "2025-11-30", "month" },
  { "2026-03-04", "The café will close in October.",
    "October", "2026-10-01", "2026-10-31", "month" },
  { "2026-03-04", "It flooded last March.", "last March", "2025-03-01", "2025-03-31", "month" },
  { "2026-03-04", "It opens next March.", "next March", "2027-03-01", "2027-03-31", "month" },
  { "2018-01-10", "They met in May last year.",
    "May last year", "2017-05-01", "2017-05-31", "month" },
  { "2017-10-03", "A gunman killed 49 people on June 12 last year.",
    "June 12 last year", "2016-06-12", "2016-06-12", "day" },
  /* The coming one only when less than half as far as the last: news reports more */
  { "2018-02-05", "She split from him in June.", "June", "2017-06-01", "2017-06-30", "month" },
  { "2018-02-06", "The couple confirmed July 20 that they had split.",
    "July 20", "2017-07-20", "2017-07-20", "day" },
  /* Told in the past: the last one, unless the next begins within a month */
  { "2017-11-10", "Trump was inaugurated on Jan. 20.",
    "Jan. 20", "2017-01-20", "2017-01-20", "day" },
  { "2017-11-10", "In March the regime tested missiles.",
    "March", "2017-03-01", "2017-03-31", "month" },
  { "2017-12-30", "Police officers were deployed for New Year’s Eve.",
    "New Year’s Eve", "2017-12-31", "2017-12-31", "day" },
  { "2026-03-13", "That would allow the contract to be signed on 4 July.",
    "4 July", "2026-07-04", "2026-07-04", "day" },
  { "2026-03-13", "The deal is expected to be signed in May.",
    "May", "2026-05-01", "2026-05-31", "month" },
  { "2017-12-22", "Olixar has suggested a late February launch.",
    "late February", "2018-02-21", "2018-02-28", "approximate" },
  { "2017-12-22", "Leaks had suggested the phone was due for a March release.",
    "March", "2018-03-01", "2018-03-31", "month" },
  { "2018-01-10", "September’s resolution imposed a quota.",
    "September", "2017-09-01", "2017-09-30", "month" },
  { "2026-03-13", "The panel reports by the end of May.",
    "the end of May", "2026-05-21", "2026-05-31", "approximate" },
  { "2026-03-10", "It must be committed by early July.",
    "early July", "2026-07-01", "2026-07-10", "approximate" },
  { "2026-03-30", "Models arrive by mid-April.",
    "mid-April", "2026-04-11", "2026-04-20", "approximate" },
  { "2026-03-04", "The deal should close by year’s end.",
    "year’s end", "2026-12-01", "2026-12-31", "approximate" },
  { "2026-03-04", "The deal should close by year-end.",
    "year-end", "2026-12-01", "2026-12-31", "approximate" },
  { "2024-02-10", "The panel is named before the end of the month.",
    "the end of the month", "2024-02-21", "2024-02-29", "approximate" },
  { "2025-02-10", "The panel is named before the end of the month.",
    "the end of the month", "2025-02-21", "2025-02-28", "approximate" },

  { "2017-11-14", "It fired 22 missiles between February and September of this year.",
    "between February and September of this year", "2017-02-01", "2017-09-30", "month" },
  { "2026-03-04", "The barrier was shut from November to February.",
    "from November to February", "2025-11-01", "2026-02-28", "month" },
  { "2026-03-04", "It was tested between March and May 2024.",
    "between March and May 2024", "2024-03-01", "2024-05-31", "month" },
  { "2026-03-04", "They met in May of 2016.", "May of 2016", "2016-05-01", "2016-05-31", "month" },

  /* Issue #14, unseen articles */
  { "2016-02-06", "It would launch between Feb. 7 and Feb. 14, it said.",
    "between Feb. 7 and Feb. 14", "2016-02-07", "2016-02-14", "day" },
  { "2016-02-07", "It planned a launch between Feb 8 and 25.",
    "between Feb 8 and 25", "2016-02-08", "2016-02-25", "day" },
  { "2017-09-19", "Access happened between April 17, 2016 and March 29, 2017.",
    "between April 17, 2016 and March 29, 2017", "2016-04-17", "2017-03-29", "day" },
  { "2017-12-20", "The sale runs from December 28 to January 3.",
    "from December 28 to January 3", "2017-12-28", "2018-01-03", "day" },
  { "2018-02-05", "YouTube faced a scandal late last year.",
    "late last year", "2017-09-01", "2017-12-31", "approximate" },
  { "2017-12-17", "The rocket flies early next year.",
    "early next year", "2018-01-01", "2018-04-30", "approximate" },
  { "2017-12-27", "It was voted on at the end of last year.",
    "the end of last year", "2016-12-01", "2016-12-31", "approximate" },
  { "2017-12-27", "A test is possible before the end of the year.",
    "the end of the year", "2017-12-01", "2017-12-31", "approximate" },
  { "2018-02-05", "It follows his 2004 appearance.", "2004", "2004-01-01", "2004-12-31", "year" },
  { "2017-11-14", "It came after a 2015 data breach.", "2015", "2015-01-01", "2015-12-31", "year" },
  { "2018-02-04", "The rocket is poised to fly on Tuesday.", "Tuesday", "2018-02-06", "2018-02-06", "day" },
  { "2017-10-19", "Japan prepares to vote on Sunday.", "Sunday", "2017-10-22", "2017-10-22", "day" },
  { "2018-02-04", "He set up the company on Tuesday.", "Tuesday", "2018-01-30", "2018-01-30", "day" },
  { "2017-12-02", "The rocket will lift off from Florida, Musk tweeted late Friday.",
    "Friday", "2017-12-01", "2017-12-01", "day" },
  { "2017-12-02", "Musk said the rocket will lift off on Friday.",
    "Friday", "2017-12-08", "2017-12-08", "day" },
  { "2016-11-09", "He rode it less than a fortnight ago.",
    "less than a fortnight ago", "2016-10-26", "2016-11-08", "approximate" },
  { "2017-03-04", "Sales fell in the first half of 2009.",
    "the first half of 2009", "2009-01-01", "2009-06-30", "month" },
  { "2017-03-04", "Sales rise in the second half of the year.",
    "the second half of the year", "2017-07-01", "2017-12-31", "month" },
  { "2018-01-10", "After the 2015 New Year’s Eve attacks, police were added.",
    "2015 New Year’s Eve", "2015-12-31", "2015-12-31", "day" },
  { "2017-11-14", "The judge's ruling came after the October hearing.",
    "October", "2017-10-01", "2017-10-31", "month" },
  { "2017-12-20", "2017 has been a year of rapid progress.", "2017", "2017-01-01", "2017-12-31", "year" },
  { "2016-07-15", "A lorry drove into crowds celebrating Bastille Day in Nice.",
    "Bastille Day", "2016-07-14", "2016-07-14", "day" },
  { "2016-12-20", "The sales start on Boxing Day.", "Boxing Day", "2016-12-26", "2016-12-26", "day" },
  { "2018-02-04", "The launch is slated for Tuesday.", "Tuesday", "2018-02-06", "2018-02-06", "day" },
  { "2018-02-04", "It departs as early as Tuesday.", "Tuesday", "2018-02-06", "2018-02-06", "day" },
  { "2017-12-27", "Humans could land as early as 2024.", "2024", "2024-01-01", "2024-12-31", "year" },
  { "2017-09-15", "It has fired 21 missiles since February.",
    "February", "2017-02-01", "2017-02-28", "month" },
  { "2018-01-01", "Copyright 2018 The Associated Press.", "2018", "2018-01-01", "2018-12-31", "year" },
  { "2017-09-15", "The council would hold an emergency meeting today.",
    "today", "2017-09-15", "2017-09-15", "day" },
  { "2016-11-10", "It carried 27 million passengers in 2015/16.",
    "2015/16", "2015-01-01", "2016-12-31", "year" },
  { "2017-11-14", "Sanctions will bite before this coming winter.",
    "this coming winter", "2017-12-01", "2018-02-28", "approximate" },
  { "2026-03-04", "They meet this coming Monday.",
    "this coming Monday", "2026-03-09", "2026-03-09", "day" },

  /* Written in full. */
  { "2026-03-04", "The vote is on March 12, 2026.",
    "March 12, 2026", "2026-03-12", "2026-03-12", "day" },
  { "2026-03-04", "The vote is on 12 March 2026.",
    "12 March 2026", "2026-03-12", "2026-03-12", "day" },
  { "2026-03-04", "The vote is on the 12th of March.",
    "12th of March", "2026-03-12", "2026-03-12", "day" },
  { "2026-03-04", "The file is dated 2026-03-12.",
    "2026-03-12", "2026-03-12", "2026-03-12", "day" },
  { "2026-03-04", "It was founded on 29 February 2024.",
    "29 February 2024", "2024-02-29", "2024-02-29", "day" },
  { "2018-01-01", "It left on Jan. 1, 2018 and landed.",
    "Jan. 1, 2018", "2018-01-01", "2018-01-01", "day" },
  { "2017-05-09", "They were freed in October 2016.",
    "October 2016", "2016-10-01", "2016-10-31", "month" },
  { "2017-05-09", "They were freed in Feb 2016.", "Feb 2016", "2016-02-01", "2016-02-29", "month" },

  { "2026-03-04", "The talks run from March 16-18.",
    "March 16-18", "2026-03-16", "2026-03-18", "day" },
  { "2026-03-04", "The talks ran 27–29 February 2024.",
    "27–29 February 2024", "2024-02-27", "2024-02-29", "day" },

  /* Years and decades. */
  { "2026-03-06", "She opened the café in 1999.", "1999", "1999-01-01", "1999-12-31", "year" },
  { "2026-03-04", "It has been exceeded twice since 2014.",
    "2014", "2014-01-01", "2014-12-31", "year" },
  { "2026-03-17", "We used the 2011 data.", "2011", "2011-01-01", "2011-12-31", "year" },
  /* A year used as an adjective */
  { "2026-03-04", "Trump’s 2016 campaign was a failure.",
    "2016", "2016-01-01", "2016-12-31", "year" },
  { "2026-03-04", "That 2005 film still sells.", "2005", "2005-01-01", "2005-12-31", "year" },
  { "2017-12-27", "2018’s phones will fold.", "2018", "2018-01-01", "2018-12-31", "year" },
  { "2017-12-31", "2018 could see a landing on the moon.",
    "2018", "2018-01-01", "2018-12-31", "year" },
  { "2017-12-30", "Statistics for 2017 are not yet available.",
    "2017", "2017-01-01", "2017-12-31", "year" },
  { "2018-02-06", "Qualcomm announced an ambitious 2019 profit target.",
    "2019", "2019-01-01", "2019-12-31", "year" },
  { "2018-02-05", "It echoed Prince’s own 2007 show.",
    "2007", "2007-01-01", "2007-12-31", "year" },
  /* Parts of a year, and ranges of months with their years */
  { "2026-03-04", "Profits rose in the third quarter of 2017.",
    "the third quarter of 2017", "2017-07-01", "2017-09-30", "month" },
  { "2026-03-04", "It will book a loss for the final quarter of 2025.",
    "the final quarter of 2025", "2025-10-01", "2025-12-31", "month" },
  { "2026-03-04", "It held $31 billion abroad at the end of 2016.",
    "the end of 2016", "2016-12-01", "2016-12-31", "approximate" },
  { "2026-03-04", "It opens by the middle of 2027.",
    "the middle of 2027", "2027-05-01", "2027-08-31", "approximate" },
  { "2017-12-29", "The rift could shape the year ahead.",
    "the year ahead", "2018-01-01", "2018-12-31", "year" },
  { "2017-10-14", "It will come down between October 2017 and April 2018.",
    "between October 2017 and April 2018", "2017-10-01", "2018-04-30", "month" },
  { "2026-03-04", "Sales fell from January 2016 to March 2017.",
    "from January 2016 to March 2017", "2016-01-01", "2017-03-31", "month" },
  { "2017-12-27", "The chip is dated the 21st of August, 2017.",
    "21st of August, 2017", "2017-08-21", "2017-08-21", "day" },
  { "2026-03-04", "It was built between 1987 and 1995.",
    "between 1987 and 1995", "1987-01-01", "1995-12-31", "year" },
  { "2026-03-04", "It was built from 1987 to 1995.",
    "from 1987 to 1995", "1987-01-01", "1995-12-31", "year" },
  { "2026-03-04", "The barrier (1987–1995) is worn.",
    "1987–1995", "1987-01-01", "1995-12-31", "year" },
  { "2026-03-04", "The 2019-20 season was short.", "2019-20", "2019-01-01", "2020-12-31", "year" },
  { "2017-12-30", "A law adopted in late 2013.",
    "late 2013", "2013-09-01", "2013-12-31", "approximate" },
  { "2017-12-30", "A law adopted in early 2013.",
    "early 2013", "2013-01-01", "2013-04-30", "approximate" },
  { "2026-03-06", "It came back in the ’90s.", "’90s", "1990-01-01", "1999-12-31", "decade" },
  { "2026-03-06", "It came back in the '20s.", "'20s", "2020-01-01", "2029-12-31", "decade" },
  { "2026-03-06", "The works closed in the 1970s.", "1970s", "1970-01-01", "1979-12-31", "decade" },
  { "2026-03-06", "The works closed in the early 1990s.",
    "early 1990s", "1990-01-01", "1993-12-31", "approximate" },

  /* Seasons (northern, meteorological). */
  { "2026-03-04", "The inspection last autumn found rust.",
    "last autumn", "2025-09-01", "2025-11-30", "approximate" },
  { "2026-03-13", "The program launched last fall.",
    "last fall", "2025-09-01", "2025-11-30", "approximate" },
  { "2026-03-04", "It flooded last winter.",
    "last winter", "2025-12-01", "2026-02-28", "approximate" },
  { "2026-03-04", "Work starts this summer.",
    "this summer", "2026-06-01", "2026-08-31", "approximate" },
  { "2026-03-04", "Work starts next spring.",
    "next spring", "2027-03-01", "2027-05-31", "approximate" },
  { "2026-03-04", "It flooded in the summer of 2024.",
    "summer of 2024", "2024-06-01", "2024-08-31", "approximate" },
  { "2026-03-04", "It froze in winter 2023.",
    "winter 2023", "2023-12-01", "2024-02-29", "approximate" },

  /* Counted back from the publication. */
  { "2026-03-04", "The barrier was finished three decades ago.",
    "three decades ago", "1996-01-01", "1996-12-31", "approximate" },
  { "2026-03-06", "It was named a few weeks ago.",
    "a few weeks ago", "2026-02-06", "2026-02-20", "approximate" },
  { "2026-03-30", "Talks were held a fortnight ago.",
    "a fortnight ago", "2026-03-16", "2026-03-16", "day" },
  { "2026-03-01", "It began two days ago.", "two days ago", "2026-02-27", "2026-02-27", "day" },
  { "2024-03-07", "It began 1 week ago.", "1 week ago", "2024-02-29", "2024-02-29", "day" },
  { "2026-03-17", "That should have happened a year ago.",
    "a year ago", "2025-01-01", "2025-12-31", "year" },
  { "2026-01-15", "It began three months ago.",
    "three months ago", "2025-10-01", "2025-10-31", "month" },
  { "2024-03-31", "It began a month ago.", "a month ago", "2024-02-01", "2024-02-29", "month" },
  /* A qualifier belongs to the mention */
  { "2026-03-04", "The barrier was finished nearly three decades ago.",
    "nearly three decades ago", "1996-01-01", "1996-12-31", "approximate" },
  { "2026-03-04", "It began more than two years ago.",
    "more than two years ago", "2024-01-01", "2024-12-31", "year" },
  { "2026-03-04", "It opened twenty-five years ago.",
    "twenty-five years ago", "2001-01-01", "2001-12-31", "year" },
  { "2026-03-04", "It opened several years ago.",
    "several years ago", "2019-03-04", "2023-03-04", "approximate" },
  { "2026-03-04", "It opened a couple of months ago.",
    "a couple of months ago", "2025-12-04", "2026-01-04", "approximate" },
};

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static GDateTime *
parse_published (const char *published)
{
  g_autofree char *iso = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (published == NULL)
    return NULL;

  /* A date alone is taken at noon UTC. */
  iso = strlen (published) == 10 ? g_strconcat (published, "T12:00:00Z", NULL)
                                 : g_strdup (published);
  return g_date_time_new_from_iso8601 (iso, utc);
}

static GPtrArray *
find (const char *body,
      const char *published)
{
  g_autoptr(GDateTime) datetime = parse_published (published);

  return nd_date_mentions_find (body, datetime);
}

static void
assert_mention (const NdDateMention *mention,
                const char          *text,
                const char          *from,
                const char          *to,
                const char          *precision)
{
  g_autofree char *got_from = format_date (&mention->from);
  g_autofree char *got_to = format_date (&mention->to);

  g_assert_cmpstr (mention->text, ==, text);
  g_assert_cmpstr (got_from, ==, from);
  g_assert_cmpstr (got_to, ==, to);
  g_assert_cmpstr (nd_date_precision_to_string (mention->precision), ==, precision);
  g_assert_cmpuint (mention->length, ==, g_utf8_strlen (text, -1));
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) mentions = find (c->body, c->published);
  const NdDateMention *mention;
  const char *at;

  g_assert_cmpuint (mentions->len, ==, 1);
  mention = g_ptr_array_index (mentions, 0);
  assert_mention (mention, c->text, c->from, c->to, c->precision);

  at = strstr (c->body, c->text);
  g_assert_nonnull (at);
  g_assert_cmpuint (mention->offset, ==, g_utf8_strlen (c->body, at - c->body));
  g_assert_cmpstr (mention->sentence, ==, c->body);
  g_assert_cmpuint (mention->sentence_offset, ==, 0);
}

/* "that day", "that June", "of that year": of the date mentioned just before, and only
 * when it says enough. */
static void
test_that (void)
{
  g_autoptr(GPtrArray) day = find ("It ran off the line on 31 October. In a post written that day, "
                                   "he said so.", "2016-11-10");
  g_autoptr(GPtrArray) month = find ("The breach began in early 2016. It began in late January of "
                                     "that year, and that June it ended.", "2017-09-19");
  g_autoptr(GPtrArray) vague = find ("It was built in 1999. He was there that day.", "2017-09-19");
  g_autoptr(GPtrArray) list = find ("It flew in May and July of 2016.", "2018-02-05");

  g_assert_cmpuint (day->len, ==, 2);
  assert_mention (g_ptr_array_index (day, 1), "that day", "2016-10-31", "2016-10-31", "day");
  g_assert_cmpuint (month->len, ==, 3);
  assert_mention (g_ptr_array_index (month, 1), "late January of that year", "2016-01-21",
                  "2016-01-31", "approximate");
  assert_mention (g_ptr_array_index (month, 2), "that June", "2016-06-01", "2016-06-30", "month");
  g_assert_cmpuint (vague->len, ==, 1);
  g_assert_cmpuint (list->len, ==, 2);
  assert_mention (g_ptr_array_index (list, 0), "May", "2016-05-01", "2016-05-31", "month");
  assert_mention (g_ptr_array_index (list, 1), "July of 2016", "2016-07-01", "2016-07-31", "month");
}

/* "in 2006, 2009 and 2013": every year of the list, and only the years. */
static void
test_year_lists (void)
{
  g_autoptr(GPtrArray) mentions = find ("There were tests in 2006, 2009 and 2013, and 2000 people "
                                        "and 1999 dollars were lost in 1999.", "2017-02-07");
  const char *years[] = { "2006", "2009", "2013", "1999" };

  g_assert_cmpuint (mentions->len, ==, G_N_ELEMENTS (years));
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *from = g_strdup_printf ("%s-01-01", years[i]);
      g_autofree char *to = g_strdup_printf ("%s-12-31", years[i]);

      assert_mention (g_ptr_array_index (mentions, i), years[i], from, to, "year");
    }
}

/* Numbers, times and habits that look like dates but are not. */
static void
test_not_dates (void)
{
  static const char * const bodies[] = {
    "More than 3,000 people signed; 1,999 of them live here.",
    "About 1999 people came, and in 2000 people left.",
    "It cost $2014, up 2014% on the year.",
    "She opens at ten to five, and the bus leaves at 10:15 p.m. sharp.",
    "His son, Mateo, 24, skippers the second boat with 55 crew.",
    "He sells her the hake for her Friday fish stew.",
    "They pray every Friday and on Good Friday.",
    "She joined the Women's March and may march again.",
    "The gates close 55 times a year.",
    "It kept the town dry for thirty years; over the next two years it is rebuilt.",
    "Flightradar24 tracked flight HA446 for USA TODAY.",
    "Over the last year, the fleet shrank.",
    "It is the most powerful rocket flying today.",
    "It beats any other rocket available today.",
    "(Photo: SpaceX via Florida Today)",
    "It is the May government that fell.",
    "2000 is a round number of people.",
    "The empire lasted for 2000 years.",
    "He scored in the fourth quarter.",
    "Prices that fall sharply worry them.",
    "It joins some of today’s biggest companies.",
    "The academy is out of touch with today's music.",
    "They moved the nearly 2000 migrants north.",
    "It was a blow for May and her party.",
    "The Labor Department and a thanksgiving service.",
    "They put up Christmas lights at the Christmas market.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GPtrArray) mentions = find (bodies[i], "2026-03-04");

      if (mentions->len > 0)
        g_test_message ("“%s” found “%s”", bodies[i],
                        ((NdDateMention *)g_ptr_array_index (mentions, 0))->text);
      g_assert_cmpuint (mentions->len, ==, 0);
    }
}

/* "The following year" counts from the date mentioned just before. */
static void
test_anchored (void)
{
  g_autoptr(GPtrArray) mentions = find ("Brennan opened the café in 1999. Her mother joined "
                                        "her the following year, and two years later they "
                                        "bought the loft. The council met on 28 February "
                                        "2024 and voted the next day. The following month, "
                                        "work began.",
                                        "2026-03-06");

  g_assert_cmpuint (mentions->len, ==, 6);
  assert_mention (mentions->pdata[0], "1999", "1999-01-01", "1999-12-31", "year");
  assert_mention (mentions->pdata[1], "the following year", "2000-01-01", "2000-12-31", "year");
  assert_mention (mentions->pdata[2], "two years later", "2002-01-01", "2002-12-31", "year");
  assert_mention (mentions->pdata[3], "28 February 2024", "2024-02-28", "2024-02-28", "day");
  assert_mention (mentions->pdata[4], "the next day", "2024-02-29", "2024-02-29", "day");
  assert_mention (mentions->pdata[5], "The following month", "2024-03-01", "2024-03-31", "month");
}

/* "that summer", "the end of that year", "June that year", "the day before", "the
 * following morning": of the date mentioned before, when it says enough. */
static void
test_anchored_by_that (void)
{
  g_autoptr(GPtrArray) year = find ("The plant opened in 2019. That summer it flooded, and by "
                                    "the end of that year it had closed. In June that year it "
                                    "was sold.", "2026-03-06");
  g_autoptr(GPtrArray) before = find ("The council met on 28 February 2024. The mayor had "
                                      "resigned the day before.", "2026-03-06");
  g_autoptr(GPtrArray) morning = find ("The council met on 28 February 2024 and voted the "
                                       "following morning.", "2026-03-06");
  g_autoptr(GPtrArray) event = find ("The council met on 28 February 2024, the day before the "
                                     "vote.", "2026-03-06");
  g_autoptr(GPtrArray) vague = find ("The plant opened in 2019. The mayor resigned the day "
                                     "before.", "2026-03-06");
  g_autoptr(GPtrArray) month = find ("The parade was held last month. His tube was removed "
                                     "three days later.", "2017-12-27");
  g_autoptr(GPtrArray) title = find ("The council met on 28 February 2024. Have a suggestion "
                                     "for The Morning After?", "2026-03-06");
  g_autoptr(GPtrArray) night = find ("Crowds gathered on New Year’s Eve. This year it turned "
                                     "dark. Tell us what happened that night.", "2016-01-06");

  g_assert_cmpuint (year->len, ==, 4);
  assert_mention (year->pdata[1], "That summer", "2019-06-01", "2019-08-31", "approximate");
  assert_mention (year->pdata[2], "the end of that year", "2019-12-01", "2019-12-31",
                  "approximate");
  assert_mention (year->pdata[3], "June that year", "2019-06-01", "2019-06-30", "month");
  g_assert_cmpuint (before->len, ==, 2);
  assert_mention (before->pdata[1], "the day before", "2024-02-27", "2024-02-27", "day");
  g_assert_cmpuint (morning->len, ==, 2);
  assert_mention (morning->pdata[1], "the following morning", "2024-02-29", "2024-02-29", "day");
  /* Told from the vote, not from the date before */
  g_assert_cmpuint (event->len, ==, 1);
  /* A year says no day; a title is no date */
  g_assert_cmpuint (vague->len, ==, 1);
  g_assert_cmpuint (title->len, ==, 1);
  g_assert_cmpuint (month->len, ==, 1);
  /* "that night" is told from the last day, though a year came since */
  g_assert_cmpuint (night->len, ==, 3);
  assert_mention (night->pdata[2], "that night", "2015-12-31", "2015-12-31", "day");
}

/* "in October or November", "in 2017 or 2018": every date of the list. */
static void
test_or_lists (void)
{
  g_autoptr(GPtrArray) mentions = find ("No fuel went south in October or November, and the "
                                        "station would fall in 2017 or 2018.", "2017-10-14");

  g_assert_cmpuint (mentions->len, ==, 4);
  assert_mention (mentions->pdata[0], "October", "2017-10-01", "2017-10-31", "month");
  assert_mention (mentions->pdata[1], "November", "2017-11-01", "2017-11-30", "month");
  assert_mention (mentions->pdata[2], "2017", "2017-01-01", "2017-12-31", "year");
  assert_mention (mentions->pdata[3], "2018", "2018-01-01", "2018-12-31", "year");
}

/* Offsets and sentences count Unicode characters; abbreviations do not end a sentence. */
static void
test_offsets_and_sentences (void)
{
  const char *body = "Zoë’s café opened in 1999.\n\nDr. Rao spoke on Dec. 3 at 9 p.m. "
                     "on the quay. “It was yesterday,” he said!";
  g_autoptr(GPtrArray) mentions = find (body, "2026-03-06");
  const NdDateMention *mention;

  g_assert_cmpuint (mentions->len, ==, 3);

  mention = mentions->pdata[0];
  g_assert_cmpuint (mention->offset, ==, 21);
  g_assert_cmpstr (mention->sentence, ==, "Zoë’s café opened in 1999.");
  g_assert_cmpuint (mention->sentence_offset, ==, 0);

  mention = mentions->pdata[1];
  g_assert_cmpstr (mention->text, ==, "Dec. 3");
  g_assert_cmpuint (mention->offset, ==, 45);
  g_assert_cmpstr (mention->sentence, ==, "Dr. Rao spoke on Dec. 3 at 9 p.m. on the quay.");
  g_assert_cmpuint (mention->sentence_offset, ==, 28);

  mention = mentions->pdata[2];
  g_assert_cmpstr (mention->text, ==, "yesterday");
  g_assert_cmpstr (mention->sentence, ==, "“It was yesterday,” he said!");
  g_assert_cmpuint (mention->sentence_offset, ==, 75);
}

/* The publication date counts in its own time zone. */
static void
test_time_zone (void)
{
  g_autoptr(GPtrArray) late = find ("It happened yesterday.", "2026-03-04T23:30:00-05:00");
  g_autoptr(GPtrArray) early = find ("It happened yesterday.", "2026-03-05T00:30:00+01:00");

  assert_mention (late->pdata[0], "yesterday", "2026-03-03", "2026-03-03", "day");
  assert_mention (early->pdata[0], "yesterday", "2026-03-04", "2026-03-04", "day");
}

/* A publication day given as a date alone (midnight UTC, as news_cluster files have it):
 * weekdays count from that day, the day itself included in the past and in the future. */
static void
test_date_only_publication (void)
{
  g_autoptr(GPtrArray) same = find ("The race was halted on Sunday.", "2016-11-13T00:00:00Z");
  g_autoptr(GPtrArray) before = find ("The boy fell into the well on Sunday.",
                                      "2016-11-08T00:00:00Z");
  g_autoptr(GPtrArray) ahead = find ("Rosberg can take the title in Sunday’s race, which will "
                                     "decide it.", "2016-11-13T00:00:00Z");
  g_autoptr(GPtrArray) coming = find ("The finale will be on Sunday.", "2016-11-14T00:00:00Z");

  assert_mention (same->pdata[0], "Sunday", "2016-11-13", "2016-11-13", "day");
  assert_mention (before->pdata[0], "Sunday", "2016-11-06", "2016-11-06", "day");
  assert_mention (ahead->pdata[0], "Sunday", "2016-11-13", "2016-11-13", "day");
  assert_mention (coming->pdata[0], "Sunday", "2016-11-20", "2016-11-20", "day");
}

/* Without a publication date only what the text pins down is resolved. */
static void
test_no_publication_date (void)
{
  g_autoptr(GPtrArray) mentions = find ("On Tuesday, last week, in the ’90s and on 4 July, "
                                        "nothing certain. It opened in 1999 and grew the "
                                        "following year; the vote is on 12 March 2026.",
                                        NULL);

  g_assert_cmpuint (mentions->len, ==, 3);
  assert_mention (mentions->pdata[0], "1999", "1999-01-01", "1999-12-31", "year");
  assert_mention (mentions->pdata[1], "the following year", "2000-01-01", "2000-12-31", "year");
  assert_mention (mentions->pdata[2], "12 March 2026", "2026-03-12", "2026-03-12", "day");
}

static void
test_bad_input (void)
{
  g_autoptr(GPtrArray) from_null = find (NULL, "2026-03-04");
  g_autoptr(GPtrArray) from_empty = find ("", "2026-03-04");
  g_autoptr(GPtrArray) from_blank = find (" \n\n\t ", "2026-03-04");
  g_autoptr(GPtrArray) impossible = find ("It was 30 February 2025, or 31 April, or 0 May.",
                                          "2026-03-04");
  g_autoptr(GPtrArray) far = find ("It was in 1000, 9 days ago.", "0001-01-05");
  g_autoptr(GPtrArray) off_calendar = find ("It began 9999 decades ago, 3 months ago and 9999 "
                                            "years ago; 9999 years later it ends.",
                                            "0001-02-05");
  g_autoptr(GPtrArray) invalid = NULL;

  g_assert_cmpuint (from_null->len, ==, 0);
  g_assert_cmpuint (from_empty->len, ==, 0);
  g_assert_cmpuint (from_blank->len, ==, 0);
  g_assert_cmpuint (impossible->len, ==, 0);

  /* 9 days before 5 January of year 1 is before the calendar starts, and so is anything
   * counted back from February of year 1 by months or more. */
  g_assert_cmpuint (off_calendar->len, ==, 0);
  g_assert_cmpuint (far->len, ==, 1);
  assert_mention (far->pdata[0], "1000", "1000-01-01", "1000-12-31", "year");

  /* Invalid UTF-8 is read as the loader would: one U+FFFD per bad byte. */
  invalid = find ("\xff\xfe On Tuesday it sank.", "2026-03-04");
  g_assert_cmpuint (invalid->len, ==, 1);
  g_assert_cmpuint (((NdDateMention *)invalid->pdata[0])->offset, ==, 6);
}

static void
test_huge_input (void)
{
  g_autofree char *no_stop = nd_test_repeat ("word 12 and 1,000 more ", 1000000);
  g_autofree char *all_dates = nd_test_repeat ("Monday ", 1000000);
  g_autofree char *no_space = nd_test_repeat ("Monday,", 1000000);
  g_autoptr(GPtrArray) none = find (no_stop, "2026-03-04");
  g_autoptr(GPtrArray) capped = find (all_dates, "2026-03-04");
  g_autoptr(GPtrArray) capped_too = find (no_space, "2026-03-04");

  g_assert_cmpuint (none->len, ==, 0);

  /* The first 10,000, each with its sentence cut to a few thousand bytes. */
  g_assert_cmpuint (capped->len, ==, 10000);
  g_assert_cmpuint (capped_too->len, ==, 10000);
  for (guint i = 0; i < capped->len; i++)
    {
      g_assert_cmpuint (strlen (((NdDateMention *)capped->pdata[i])->sentence), <=, 4010);
      g_assert_cmpuint (strlen (((NdDateMention *)capped_too->pdata[i])->sentence), <=, 8010);
    }
}

static void
test_copy (void)
{
  g_autoptr(GPtrArray) mentions = find ("It opened in 1999.", "2026-03-04");
  g_autoptr(NdDateMention) copy = nd_date_mention_copy (mentions->pdata[0]);

  assert_mention (copy, "1999", "1999-01-01", "1999-12-31", "year");
  g_assert_true (copy->text != ((NdDateMention *)mentions->pdata[0])->text);
  g_assert_cmpstr (copy->sentence, ==, "It opened in 1999.");
  g_assert_cmpstr (nd_date_precision_to_string (ND_DATE_PRECISION_APPROXIMATE), ==, "approximate");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date-mention/expression/%u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  g_test_add_func ("/date-mention/year-lists", test_year_lists);
  g_test_add_func ("/date-mention/that", test_that);
  g_test_add_func ("/date-mention/not-dates", test_not_dates);
  g_test_add_func ("/date-mention/anchored", test_anchored);
  g_test_add_func ("/date-mention/anchored-by-that", test_anchored_by_that);
  g_test_add_func ("/date-mention/or-lists", test_or_lists);
  g_test_add_func ("/date-mention/offsets-and-sentences", test_offsets_and_sentences);
  g_test_add_func ("/date-mention/time-zone", test_time_zone);
  g_test_add_func ("/date-mention/date-only-publication", test_date_only_publication);
  g_test_add_func ("/date-mention/no-publication-date", test_no_publication_date);
  g_test_add_func ("/date-mention/bad-input", test_bad_input);
  g_test_add_func ("/date-mention/huge-input", test_huge_input);
  g_test_add_func ("/date-mention/copy", test_copy);

  return g_test_run ();
}
