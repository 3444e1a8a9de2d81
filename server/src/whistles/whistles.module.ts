import { Module } from '@nestjs/common';

/** The whistles part of the six powers (design §5); controllers and services are registered here. */
@Module({})
export class WhistlesModule {}
