import { Module } from '@nestjs/common';

/** The liaisons part of the six powers (design §5); controllers and services are registered here. */
@Module({})
export class LiaisonsModule {}
