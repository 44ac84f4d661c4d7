package com.guidecommerce.core.channel.domain;

/** How a buyer was (or can be) recognised as a member. */
public enum IdentityType {
    MEMBER_NO,
    PHONE,
    BUYER_ID
}
